package extract

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/flow"
)

// stringOf returns what a string expression of the function is built
// from: constants, concatenations, local variables (each assignment that
// reaches the use), the function's string parameters, the first segment
// of strings.Split(s, ".")[0], and calls of this package's functions that
// return a string built the same way from their own parameters
// (apiDomain("cbs", params) returning product + ".tencentcloudapi.com").
// Anything else is an unknown piece.
func (r *originResolver) stringOf(e ast.Expr) strValue {
	return r.stringAt(e, 0)
}

func (r *originResolver) stringAt(e ast.Expr, depth int) strValue {
	if depth > maxValueDepth {
		return strUnknown()
	}
	info := r.st.Pass.TypesInfo
	e = ast.Unparen(e)
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		if tv.Value.Kind() != constant.String {
			return strUnknown()
		}
		return strText(constant.StringVal(tv.Value))
	}
	switch e := e.(type) {
	case *ast.BinaryExpr:
		if e.Op == token.ADD && isString(info.TypeOf(e)) {
			return r.stringAt(e.X, depth+1).concat(r.stringAt(e.Y, depth+1))
		}
	case *ast.Ident:
		return r.stringOfIdent(e, depth)
	case *ast.IndexExpr:
		if x, ok := splitFirstPart(info, e); ok {
			return r.stringAt(x, depth+1).firstSegment()
		}
	case *ast.CallExpr:
		return r.stringOfCall(e, depth)
	}
	return strUnknown()
}

func (r *originResolver) stringOfIdent(id *ast.Ident, depth int) strValue {
	v, ok := r.st.Pass.TypesInfo.ObjectOf(id).(*types.Var)
	if !ok {
		return strUnknown()
	}
	if k, ok := r.stringParams[v]; ok && len(r.index().Sources[v]) == 0 {
		return strParam(k)
	}
	if !r.index().IsLocal(v) || r.visiting[v] {
		return strUnknown()
	}
	sources := r.index().Reaching(v, id)
	r.visiting[v] = true
	defer delete(r.visiting, v)
	if len(sources) == 0 {
		return r.closureArgument(v, depth)
	}
	var out strValue
	for _, s := range sources {
		switch s.Kind {
		case flow.SrcAssign:
			out = out.union(r.stringAt(s.Expr, depth+1))
		case flow.SrcRangeValue: // for _, action := range []string{"A", "B"}
			out = out.union(r.elementsOf(s.Expr, depth+1))
		default:
			return strUnknown()
		}
	}
	return out
}

// elementsOf returns the strings a slice or array literal holds.
func (r *originResolver) elementsOf(e ast.Expr, depth int) strValue {
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok || len(lit.Elts) == 0 {
		return strUnknown()
	}
	switch t := r.st.Pass.TypesInfo.TypeOf(lit).Underlying().(type) {
	case *types.Slice:
		if !isString(t.Elem()) {
			return strUnknown()
		}
	case *types.Array:
		if !isString(t.Elem()) {
			return strUnknown()
		}
	default:
		return strUnknown()
	}
	var out strValue
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			elt = kv.Value
		}
		out = out.union(r.stringAt(elt, depth))
	}
	return out
}

// stringOfCall follows a call of this package's functions that return one
// string, filling their parameters in with the call's arguments.
func (r *originResolver) stringOfCall(call *ast.CallExpr, depth int) strValue {
	fn, ok := flow.CalleeFunc(r.st.Pass.TypesInfo, call)
	if !ok || fn.Pkg() != r.st.Pass.Pkg || call.Ellipsis.IsValid() {
		return strUnknown()
	}
	built := r.st.returnedString(fn)
	if built == nil {
		return strUnknown()
	}
	return built.substitute(func(k int) strValue {
		if k >= len(call.Args) {
			return strUnknown()
		}
		return r.stringAt(call.Args[k], depth+1)
	})
}

// splitFirstPart matches strings.Split(x, ".")[0] (or SplitN): the text
// of x before its first dot, as a domain's first label names its product.
func splitFirstPart(info *types.Info, e *ast.IndexExpr) (ast.Expr, bool) {
	call, ok := ast.Unparen(e.X).(*ast.CallExpr)
	if !ok || len(call.Args) < 2 {
		return nil, false
	}
	if !flow.IsPkgFunc(info, call, "strings", "Split") && !flow.IsPkgFunc(info, call, "strings", "SplitN") {
		return nil, false
	}
	sep, index := info.Types[call.Args[1]], info.Types[e.Index]
	if sep.Value == nil || sep.Value.Kind() != constant.String || constant.StringVal(sep.Value) != "." {
		return nil, false
	}
	if index.Value == nil || index.Value.Kind() != constant.Int || index.Value.ExactString() != "0" {
		return nil, false
	}
	return call.Args[0], true
}

// returnedString returns how a function of this package that returns one
// string builds it, in terms of its parameters; nil when it is not such a
// function or is being worked out (recursion is not followed).
func (st *State) returnedString(fn *types.Func) strValue {
	if built, done := st.builtStrings[fn]; done {
		return built
	}
	st.builtStrings[fn] = nil
	decl := st.funcDecls()[fn]
	sig := fn.Type().(*types.Signature)
	if decl == nil || decl.Body == nil || sig.Results().Len() != 1 || !isString(sig.Results().At(0).Type()) {
		return nil
	}
	r := st.NewResolver(FuncUnit{decl.Name.Name, fn, decl.Type, decl.Body})
	var built strValue
	inspectShallow(decl.Body, func(n ast.Node) {
		if ret, ok := n.(*ast.ReturnStmt); ok {
			if len(ret.Results) == 1 {
				built = built.union(r.stringOf(ret.Results[0]))
			} else {
				built = built.union(strUnknown()) // a bare return of a named result
			}
		}
	})
	st.builtStrings[fn] = built
	return built
}

// closureArgument returns what a parameter of a function literal is
// given, when the literal is held by a local variable that is only ever
// called:
//
//	create := func(action string) error { ... cdbRequest(action, params) ... }
//	create("CreateDBInstanceHour")
func (r *originResolver) closureArgument(param *types.Var, depth int) strValue {
	lit, index := r.literalOf(param)
	if lit == nil {
		return strUnknown()
	}
	args := r.closureArguments(lit, index)
	if args == nil {
		return strUnknown()
	}
	var out strValue
	for _, arg := range args {
		out = out.union(r.stringAt(arg, depth+1))
	}
	return out
}
