package check

import (
	"fmt"
	"go/ast"
	"go/types"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/extract"
	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/flow"
	"github.com/tcerrcheck/tcerrcheck/codes"
)

// wrong-error-type: a program that mixes SDK flavours (the CN SDK, the
// intl-en SDK, a private fork, a copy inside the program) has one error
// type per flavour, all of the same shape. A product's calls return the
// error type of the common package its Client embeds, so a type
// assertion, a type switch case or an errors.As target of another
// flavour's type on such an error never succeeds, and every code compared
// behind it is dead.

// typeTest is one place that tests an error against an SDK error type.
type typeTest struct {
	what   string     // what never happens, for the message
	at     ast.Node   // where it is reported
	tested ast.Expr   // the error tested
	typ    types.Type // the SDK error type tested for
	// unwraps: errors.As, which looks through wrapping.
	unwraps bool
}

// typeTests finds the tests of one function body, closures included. A
// type switch case listing several types handles several flavours and is
// left out.
func (fc *funcCheck) typeTests() []typeTest {
	info := fc.st.Pass.TypesInfo
	var out []typeTest
	add := func(what string, at ast.Node, tested ast.Expr, typ types.Type) {
		if typ != nil && codes.IsSDKErrorType(typ) {
			out = append(out, typeTest{what: what, at: at, tested: tested, typ: typ})
		}
	}
	ast.Inspect(fc.unit.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.TypeAssertExpr:
			if n.Type != nil { // x.(type) is the switch's
				add("this type assertion never succeeds", n.Type, n.X, info.TypeOf(n.Type))
			}
		case *ast.TypeSwitchStmt:
			tested := typeSwitchOperand(n)
			if tested == nil {
				break
			}
			for _, s := range n.Body.List {
				if cc, ok := s.(*ast.CaseClause); ok && len(cc.List) == 1 {
					add("this case never matches", cc.List[0], tested, info.TypeOf(cc.List[0]))
				}
			}
		case *ast.CallExpr:
			if len(n.Args) == 2 && flow.IsErrorsAs(info, n) {
				if ptr, ok := info.TypeOf(n.Args[1]).(*types.Pointer); ok {
					add("this errors.As never finds one", n.Args[1], n.Args[0], ptr.Elem())
					if len(out) > 0 && out[len(out)-1].at == n.Args[1] {
						out[len(out)-1].unwraps = true
					}
				}
			}
		}
		return true
	})
	return out
}

// typeSwitchOperand returns x of switch x.(type) or switch v := x.(type).
func typeSwitchOperand(s *ast.TypeSwitchStmt) ast.Expr {
	var e ast.Expr
	switch a := s.Assign.(type) {
	case *ast.ExprStmt:
		e = a.X
	case *ast.AssignStmt:
		if len(a.Rhs) == 1 {
			e = a.Rhs[0]
		}
	}
	if ta, ok := ast.Unparen(e).(*ast.TypeAssertExpr); ok {
		return ta.X
	}
	return nil
}

// checkErrorTypes reports the type tests that never succeed: the error's
// origin is known, and no call in it returns the type tested for. A
// function that also names a type the calls do return handles several
// flavours on purpose and is left alone.
func (fc *funcCheck) checkErrorTypes() {
	tests := fc.typeTests()
	if len(tests) == 0 {
		return
	}
	r := fc.st.NewResolver(fc.unit)
	var named map[string]bool // packages of the SDK error types the body names
	for _, t := range tests {
		o := fc.testedOrigin(r.Of(t.tested))
		if o.Wrapped && !t.unwraps {
			msg := fmt.Sprintf("the error is wrapped on every path that reaches here (fmt.Errorf with %%w, errors.WithStack, Wrap or WithMessage), so it is never a %s itself: %s, and no code compared behind it is ever seen; errors.As finds the SDK error inside",
				types.TypeString(t.typ, nil), t.what)
			fc.st.reportNode(catWrongErrType, t.at, msg, nil, fc.dirs)
			continue
		}
		if !o.Known || len(o.Calls) == 0 {
			continue
		}
		ret, ok := fc.st.View.ReturnedErrors(o)
		if !ok || ret.From[errorTypePackage(t.typ)] {
			continue
		}
		if named == nil {
			named = fc.namedErrorTypePackages()
		}
		if ret.AnyIn(named) {
			continue
		}
		msg := fmt.Sprintf("the error comes from %s, whose client returns %s, never %s: %s",
			originPhrase(o), ret.Name, types.TypeString(t.typ, nil), t.what)
		fc.st.reportNode(catWrongErrType, t.at, msg, nil, fc.dirs)
	}
}

// testedOrigin is the origin of a tested error: its own, or, for an
// unexported function's error parameter, the union of what its callers
// in the package pass (isNotFound(err) asserting the intl-en type while
// every caller hands it a CN client's error). An exported function is
// left out: other packages may pass another flavour's errors.
func (fc *funcCheck) testedOrigin(o extract.Origin) extract.Origin {
	fn, isFunc := fc.unit.Obj.(*types.Func)
	if !isFunc || fn.Exported() {
		return o
	}
	errParam, isParam := extract.ErrParamOf(o)
	if !isParam {
		return o
	}
	if callers, ok := fc.st.CallersOrigin(fn, errParam, -1); ok {
		return callers
	}
	return o
}

// namedErrorTypePackages returns the packages of the SDK error types the
// function body refers to.
func (fc *funcCheck) namedErrorTypePackages() map[string]bool {
	out := map[string]bool{}
	ast.Inspect(fc.unit.Body, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if tn, ok := fc.st.Pass.TypesInfo.Uses[id].(*types.TypeName); ok && codes.IsSDKErrorType(tn.Type()) {
				out[tn.Pkg().Path()] = true
			}
		}
		return true
	})
	return out
}

// errorTypePackage returns the path of the package declaring an SDK error
// type (or the type a pointer points to).
func errorTypePackage(t types.Type) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if named, ok := types.Unalias(t).(*types.Named); ok && named.Obj().Pkg() != nil {
		return named.Obj().Pkg().Path()
	}
	return ""
}
