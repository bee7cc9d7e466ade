package extract

import (
	"go/ast"
	"go/token"
	"go/types"
)

// Retry frameworks take their predicate as a field of a configuration,
// and run the functions given to a method of it:
//
//	return retry.Config{
//		Tries:       60,
//		ShouldRetry: func(err error) bool { e, ok := err.(*errors.TencentCloudSDKError); ... },
//	}.Run(ctx, fn)
//
// The predicate's error is an error of the functions the method runs, so
// its origin is theirs: here fn, a func parameter its callers fill in.

// ofPredicateParam returns the origin of a predicate literal's error
// parameter: ok is false unless lit is a func(error) bool literal stored
// in a field of a composite literal whose methods are called, in this
// function, with functions returning errors.
func (r *originResolver) ofPredicateParam(lit *ast.FuncLit) (Origin, bool) {
	if !isErrorPredicate(r.st.Pass.TypesInfo, lit) {
		return Origin{}, false
	}
	field, ok := r.index().Parents()[lit].(*ast.KeyValueExpr)
	if !ok || field.Value != lit {
		return Origin{}, false
	}
	config, ok := r.index().Parents()[field].(*ast.CompositeLit)
	if !ok {
		return Origin{}, false
	}
	runs := r.configRuns(config)
	if len(runs) == 0 {
		return Origin{}, false
	}
	var u originUnion
	for _, run := range runs {
		found := false
		for _, arg := range run.Args {
			if t := r.st.Pass.TypesInfo.TypeOf(arg); t != nil && returnsErrorFunc(t) {
				u.add(r.ofFuncValue(arg))
				found = true
			}
		}
		if !found {
			return Origin{}, false
		}
	}
	return u.o, true
}

// isErrorPredicate: a func(error) bool literal.
func isErrorPredicate(info *types.Info, lit *ast.FuncLit) bool {
	sig, ok := info.TypeOf(lit).(*types.Signature)
	if !ok || sig.Params().Len() != 1 || sig.Results().Len() != 1 {
		return false
	}
	res, ok := sig.Results().At(0).Type().Underlying().(*types.Basic)
	return ok && res.Kind() == types.Bool && types.Identical(sig.Params().At(0).Type(), errorType)
}

// configRuns returns the method calls made on a configuration literal:
// directly (Config{...}.Run(...), (&Config{...}).Run(...)), or through the
// one local variable it is assigned to. nil when the literal goes
// anywhere else as well, where other functions might run.
func (r *originResolver) configRuns(config *ast.CompositeLit) []*ast.CallExpr {
	var node ast.Expr = config
climb:
	for {
		switch p := r.index().Parents()[node].(type) {
		case *ast.ParenExpr:
			node = p
		case *ast.UnaryExpr:
			if p.Op != token.AND {
				break climb
			}
			node = p
		case *ast.SelectorExpr:
			if call, ok := r.index().Parents()[p].(*ast.CallExpr); ok && call.Fun == p {
				return []*ast.CallExpr{call}
			}
			break climb
		default:
			break climb
		}
	}
	holder := r.holderOf(node)
	if holder == nil {
		return nil
	}
	var runs []*ast.CallExpr
	escapes := false
	ast.Inspect(r.unit.Body, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok || r.st.Pass.TypesInfo.Uses[id] != holder {
			return true
		}
		sel, ok := r.index().Parents()[id].(*ast.SelectorExpr)
		if !ok {
			escapes = true
			return false
		}
		if call, ok := r.index().Parents()[sel].(*ast.CallExpr); ok && call.Fun == sel {
			runs = append(runs, call)
		} else if _, isMethod := r.st.Pass.TypesInfo.Uses[sel.Sel].(*types.Func); isMethod {
			escapes = true // a method value: run who knows where
		}
		return true
	})
	if escapes {
		return nil
	}
	return runs
}
