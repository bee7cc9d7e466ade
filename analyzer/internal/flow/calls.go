package flow

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// CalleeFunc returns the function or method a call statically calls.
func CalleeFunc(info *types.Info, call *ast.CallExpr) (*types.Func, bool) {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	return fn, ok
}

// errorsAsPackages provide an As with the standard library's meaning.
var errorsAsPackages = []string{"errors", "github.com/pkg/errors", "golang.org/x/xerrors"}

// IsErrorsAs reports whether call is errors.As from one of them.
func IsErrorsAs(info *types.Info, call *ast.CallExpr) bool {
	for _, path := range errorsAsPackages {
		if IsPkgFunc(info, call, path, "As") {
			return true
		}
	}
	return false
}

// IsPkgFunc reports whether call calls the package-level function
// pkgPath.name.
func IsPkgFunc(info *types.Info, call *ast.CallExpr, pkgPath, name string) bool {
	fn, ok := CalleeFunc(info, call)
	if !ok || fn.Name() != name || fn.Pkg() == nil || fn.Pkg().Path() != pkgPath {
		return false
	}
	sig, _ := fn.Type().(*types.Signature)
	return sig != nil && sig.Recv() == nil
}
