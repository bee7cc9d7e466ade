package extract

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/flow"
)

// detectMembership recognises a helper that reports whether its second
// argument is an element of its first, however it is written: a loop
// comparing each element with ==, or the reflect-based
// IsContains(array, value interface{}) bool that walks any slice or map
// with reflect.ValueOf and compares with reflect.DeepEqual. Called with a
// code and a list of codes it is an exact membership test, like
// slices.Contains, and gets the same fact as a code helper taking the code
// as a string parameter.
func (st *State) detectMembership(unit FuncUnit, sig *types.Signature) *CodeHelperFact {
	if sig.Params().Len() != 2 || sig.Results().Len() != 1 || !isBool(sig.Results().At(0).Type()) {
		return nil
	}
	listParam, valParam, ok := membershipParams(sig)
	if !ok {
		return nil
	}
	list, val := sig.Params().At(listParam), sig.Params().At(valParam)
	info := st.Pass.TypesInfo
	is := func(e ast.Expr, v *types.Var) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && info.Uses[id] == v
	}
	walked, compared := false, false
	ast.Inspect(unit.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.RangeStmt:
			walked = walked || is(n.X, list)
		case *ast.CallExpr:
			switch {
			case flow.IsPkgFunc(info, n, "reflect", "ValueOf") && len(n.Args) == 1 && is(n.Args[0], list):
				walked = true
			case flow.IsPkgFunc(info, n, "reflect", "DeepEqual") && len(n.Args) == 2 && is(n.Args[0], val) != is(n.Args[1], val):
				compared = true
			}
		case *ast.BinaryExpr:
			compared = compared || n.Op == token.EQL && is(n.X, val) != is(n.Y, val)
		}
		return true
	})
	if (!walked || !compared) && !st.forwardsMembership(unit, list, val) {
		return nil
	}
	return &CodeHelperFact{ErrParam: -1, CodeParam: valParam, ListParam: listParam, List: true, Mode: "exact",
		Variadic: sig.Variadic() && listParam == sig.Params().Len()-1}
}

// membershipParams returns which of two parameters is the list and which
// the value: IsContains(list, value) or, as some utility packages write
// it, IsInStringArray(value, list).
func membershipParams(sig *types.Signature) (listParam, valParam int, ok bool) {
	if sig.Params().Len() != 2 {
		return 0, 0, false
	}
	a, b := sig.Params().At(0).Type(), sig.Params().At(1).Type()
	switch {
	case holdsStrings(a) && holdsString(b):
		return 0, 1, true
	case holdsString(a) && holdsStrings(b) && !holdsStrings(a):
		return 1, 0, true
	}
	return 0, 0, false
}

// forwardsMembership recognises a body that is one return of another
// membership test on the same two arguments: slices.Contains(list, val),
// or a membership helper (a vendored IsInStringArray handing both to a
// generic IsInArray, in its package or another).
func (st *State) forwardsMembership(unit FuncUnit, list, val *types.Var) bool {
	if len(unit.Body.List) != 1 {
		return false
	}
	ret, ok := unit.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return false
	}
	call, ok := ast.Unparen(ret.Results[0]).(*ast.CallExpr)
	if !ok || len(call.Args) != 2 {
		return false
	}
	info := st.Pass.TypesInfo
	arg := func(i int, v *types.Var) bool {
		id, ok := ast.Unparen(call.Args[i]).(*ast.Ident)
		return ok && info.Uses[id] == v
	}
	if flow.IsPkgFunc(info, call, "slices", "Contains") {
		return arg(0, list) && arg(1, val)
	}
	fn, ok := flow.CalleeFunc(info, call)
	if !ok {
		return false
	}
	if generic := fn.Origin(); generic != nil {
		fn = generic // IsInArray[string] is IsInArray
	}
	fact := st.CodeHelper(fn)
	return fact != nil && fact.List && fact.Mode == "exact" && fact.ErrParam < 0 &&
		arg(fact.ListParam, list) && arg(fact.CodeParam, val)
}

func isBool(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.Bool
}

// holdsString reports whether a value of type t can be a code: a string,
// an empty interface, or a type parameter.
func holdsString(t types.Type) bool {
	if _, ok := t.(*types.TypeParam); ok {
		return true
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Kind() == types.String
	case *types.Interface:
		return u.Empty()
	}
	return false
}

// holdsStrings reports whether a value of type t can be a list of codes:
// a slice whose elements can be codes, or an empty interface.
func holdsStrings(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Slice:
		return holdsString(u.Elem())
	case *types.Interface:
		return u.Empty()
	}
	return false
}
