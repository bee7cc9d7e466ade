package extract

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/codes"
)

// handBuilt matches the SDK's constructors of its error type,
// errors.NewTencentCloudSDKError(code, message, requestID) and its
// WithCause twin: an error a program builds itself (a mock, a helper
// turning a missing resource into an error), whose code is its own.
func handBuilt(fn *types.Func) bool {
	return fn.Pkg() != nil && codes.IsSDKErrorsPath(fn.Pkg().Path()) && strings.HasPrefix(fn.Name(), "NewTencentCloudSDKError")
}

// ofHandBuilt is the origin of an error the program builds: with a
// constant code, a source that brings no call's error but carries that
// code (Origin.Built), so that beside SDK calls the code counts as one the
// error may carry, and alone the origin stays unknown, the inventory
// saying why. Which code a built error carries is the program's choice,
// not a product's: nothing is judged against it alone. With a code that
// is not a constant, the origin is unknown.
func (r *originResolver) ofHandBuilt(call *ast.CallExpr, fn *types.Func) Origin {
	o := unknownBecause(whyHandBuilt, fn.Name())
	if len(call.Args) == 0 {
		return o
	}
	tv, ok := r.st.Pass.TypesInfo.Types[call.Args[0]]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return o
	}
	o.none, o.Built = true, []string{constant.StringVal(tv.Value)}
	return o
}
