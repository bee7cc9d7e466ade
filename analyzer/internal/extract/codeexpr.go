package extract

import (
	"go/ast"
	"go/constant"
	"go/types"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/flow"
	"github.com/tcerrcheck/tcerrcheck/codes"
)

// codeKind tells an error's code from the text of its Error() method.
type codeKind int

const (
	KindCode    codeKind = iota // e.Code, e.GetCode(), or a copy of them
	kindMessage                 // err.Error(): "[TencentCloudSDKError] Code=X, Message=..."
	// KindParam is a string parameter of the function: maybe a code.
	// Only helper summaries and retry logic look at its comparisons.
	KindParam
)

// codeRef is an expression that holds an SDK error's code (or message),
// with the origin of that error.
type codeRef struct {
	Kind   codeKind
	Origin Origin
	root   bool // the code's first segment: strings.Split(code, ".")[0]
	param  int  // for kindParam, the parameter's index
	COS    bool // a COS error's code (cos_errortype.go), never an API 3.0 one
}

// codeOf reports whether e holds an SDK error code: x.Code or x.GetCode()
// on the SDK error type (or on an interface with GetCode() string), or a
// local string variable every value of which is such a code. For
// kindMessage, e is err.Error() on an error that may be an SDK error.
func (r *originResolver) codeOf(e ast.Expr) (codeRef, bool) {
	info := r.st.Pass.TypesInfo
	if t := info.TypeOf(e); t == nil || !isString(t) {
		return codeRef{}, false // err != nil, n == 0: every code is a string
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		if ref, ok := r.cosCodeOf(e); ok {
			return ref, true
		}
		if e.Sel.Name == "Code" && isSDKErrorField(info, e) {
			return codeRef{Kind: KindCode, Origin: r.Of(e.X)}, true
		}
	case *ast.IndexExpr:
		return r.codeRootOf(e)
	case *ast.SliceExpr:
		return r.codeSliceRootOf(e)
	case *ast.CallExpr:
		if arg, ok := printedError(info, e); ok {
			return codeRef{Kind: kindMessage, Origin: r.Of(arg)}, true
		}
		sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr)
		if !ok || len(e.Args) != 0 {
			return codeRef{}, false
		}
		switch {
		case sel.Sel.Name == "GetCode" && isGetCodeMethod(info, sel):
			return codeRef{Kind: KindCode, Origin: r.Of(sel.X)}, true
		case sel.Sel.Name == "Error" && IsErrorValue(info, sel.X):
			return codeRef{Kind: kindMessage, Origin: r.Of(sel.X)}, true
		}
	case *ast.Ident:
		if ref, ok := r.codeOfVar(e); ok {
			return ref, true
		}
		if v, ok := info.ObjectOf(e).(*types.Var); ok {
			if k, ok := r.stringParams[v]; ok && len(r.index().Sources[v]) == 0 {
				return codeRef{Kind: KindParam, param: k}, true
			}
		}
	}
	return codeRef{}, false
}

// codeRootOf handles strings.Split(code, ".")[0] and
// strings.SplitN(code, ".", n)[0]: the code's family root, which helpers
// compare to match a family ("first segment"). The other ways to write it
// follow: a slice up to strings.Index, and strings.Cut.
func (r *originResolver) codeRootOf(e *ast.IndexExpr) (codeRef, bool) {
	info := r.st.Pass.TypesInfo
	if tv, ok := info.Types[e.Index]; !ok || tv.Value == nil || tv.Value.ExactString() != "0" {
		return codeRef{}, false
	}
	call, ok := ast.Unparen(e.X).(*ast.CallExpr)
	if !ok || len(call.Args) < 2 || !(flow.IsPkgFunc(info, call, "strings", "Split") || flow.IsPkgFunc(info, call, "strings", "SplitN")) {
		return codeRef{}, false
	}
	if !isDot(info, call.Args[1]) {
		return codeRef{}, false
	}
	return r.rootOfCode(call.Args[0])
}

// codeSliceRootOf handles code[:strings.Index(code, ".")], the family root
// written as a slice.
func (r *originResolver) codeSliceRootOf(e *ast.SliceExpr) (codeRef, bool) {
	info := r.st.Pass.TypesInfo
	call, ok := ast.Unparen(e.High).(*ast.CallExpr)
	if e.Low != nil || e.Slice3 || !ok || len(call.Args) != 2 || !flow.IsPkgFunc(info, call, "strings", "Index") ||
		!isDot(info, call.Args[1]) || types.ExprString(call.Args[0]) != types.ExprString(e.X) {
		return codeRef{}, false
	}
	return r.rootOfCode(e.X)
}

// cutRootOf handles family, _, _ := strings.Cut(code, "."): the first
// result is the family root.
func (r *originResolver) cutRootOf(call *ast.CallExpr, index int) (codeRef, bool) {
	info := r.st.Pass.TypesInfo
	if index != 0 || len(call.Args) != 2 || !flow.IsPkgFunc(info, call, "strings", "Cut") || !isDot(info, call.Args[1]) {
		return codeRef{}, false
	}
	return r.rootOfCode(call.Args[0])
}

// rootOfCode returns the reference of the code e holds, as its root.
func (r *originResolver) rootOfCode(e ast.Expr) (codeRef, bool) {
	ref, ok := r.codeOf(e)
	if !ok || ref.Kind != KindCode {
		return codeRef{}, false
	}
	ref.root = true
	return ref, true
}

// isDot reports whether e is the constant ".".
func isDot(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.Value != nil && tv.Value.ExactString() == `"."`
}

// codeOfVar handles code := e.Code and its variants: a local string
// variable whose every source is a code expression, or the empty string
// (code := ""; if ok { code = e.Code }).
func (r *originResolver) codeOfVar(id *ast.Ident) (codeRef, bool) {
	info := r.st.Pass.TypesInfo
	v, ok := info.ObjectOf(id).(*types.Var)
	if !ok || !r.index().IsLocal(v) || r.visiting[v] || !isString(v.Type()) {
		return codeRef{}, false
	}
	r.visiting[v] = true
	defer delete(r.visiting, v)
	var ref codeRef
	found := false
	for _, s := range r.index().Reaching(v, id) {
		var sr codeRef
		ok := false
		switch {
		case s.Kind == flow.SrcAssign && isEmptyString(info, s.Expr):
			continue
		case s.Kind == flow.SrcAssign:
			sr, ok = r.codeOf(s.Expr)
		case s.Kind == flow.SrcTuple:
			if call, isCall := ast.Unparen(s.Expr).(*ast.CallExpr); isCall {
				sr, ok = r.cutRootOf(call, s.Index)
			}
		}
		if !ok || sr.Kind != KindCode || (found && (sr.root != ref.root || sr.COS != ref.COS)) {
			return codeRef{}, false
		}
		if !found {
			ref, found = sr, true
		} else {
			ref.Origin = ref.Origin.Merge(sr.Origin)
		}
	}
	return ref, found
}

func isSDKErrorField(info *types.Info, sel *ast.SelectorExpr) bool {
	s, ok := info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal {
		return false
	}
	return codes.IsSDKErrorType(s.Recv())
}

// isGetCodeMethod accepts GetCode on the SDK error type and on any
// interface declaring GetCode() string (callers write
// interface{ GetCode() string } to avoid importing the errors package).
func isGetCodeMethod(info *types.Info, sel *ast.SelectorExpr) bool {
	s, ok := info.Selections[sel]
	if !ok || s.Kind() != types.MethodVal {
		return false
	}
	if codes.IsSDKErrorType(s.Recv()) {
		return true
	}
	sig, ok := s.Type().(*types.Signature)
	return ok && types.IsInterface(s.Recv()) && sig.Params().Len() == 0 &&
		sig.Results().Len() == 1 && isString(sig.Results().At(0).Type())
}

// IsErrorValue reports whether x is of type error or the SDK error type:
// the values whose Error() text carries "Code=<code>".
func IsErrorValue(info *types.Info, x ast.Expr) bool {
	t := info.TypeOf(x)
	if t == nil {
		return false
	}
	return types.Identical(t, types.Universe.Lookup("error").Type()) || codes.IsSDKErrorType(t)
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

func isEmptyString(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.String && constant.StringVal(tv.Value) == ""
}

// printedError matches fmt.Sprintf("%s", err), fmt.Sprintf("%v", err)
// and fmt.Sprint(err): the error's text, as err.Error() gives it.
func printedError(info *types.Info, call *ast.CallExpr) (ast.Expr, bool) {
	switch {
	case flow.IsPkgFunc(info, call, "fmt", "Sprint") && len(call.Args) == 1:
		return call.Args[0], IsErrorValue(info, call.Args[0])
	case flow.IsPkgFunc(info, call, "fmt", "Sprintf") && len(call.Args) == 2:
		tv, ok := info.Types[call.Args[0]]
		if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
			return nil, false
		}
		switch constant.StringVal(tv.Value) {
		case "%s", "%v", "%+v":
			return call.Args[1], IsErrorValue(info, call.Args[1])
		}
	}
	return nil, false
}
