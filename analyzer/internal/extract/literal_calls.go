package extract

import (
	"go/ast"
	"go/types"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/flow"
)

// A function literal's parameters have no assignments of their own: what
// they hold is what the literal's calls pass, when every call is seen (a
// local variable holding the literal, only ever called), or what the
// code that runs it gives (predicate_origin.go).

// closureArguments returns what the calls of a function literal pass for
// its index-th parameter, when the literal is held by a local variable
// that is only ever called; nil otherwise.
func (r *originResolver) closureArguments(lit *ast.FuncLit, index int) []ast.Expr {
	info := r.st.Pass.TypesInfo
	holder := r.holderOf(lit)
	if holder == nil {
		return nil
	}
	var args []ast.Expr
	escapes := false
	ast.Inspect(r.unit.Body, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok || info.Uses[id] != holder {
			return true
		}
		call, ok := r.index().Parents()[id].(*ast.CallExpr)
		if !ok || ast.Unparen(call.Fun) != id || call.Ellipsis.IsValid() || index >= len(call.Args) {
			escapes = true
			return false
		}
		args = append(args, call.Args[index])
		return true
	})
	if escapes {
		return nil
	}
	return args
}

// literalOf finds the function literal of the body declaring param, and
// the parameter's index.
func (r *originResolver) literalOf(param *types.Var) (*ast.FuncLit, int) {
	info := r.st.Pass.TypesInfo
	var found *ast.FuncLit
	index := -1
	ast.Inspect(r.unit.Body, func(n ast.Node) bool {
		lit, ok := n.(*ast.FuncLit)
		if !ok || found != nil {
			return found == nil
		}
		i := 0
		for _, field := range lit.Type.Params.List {
			for _, name := range field.Names {
				if info.Defs[name] == param {
					found, index = lit, i
				}
				i++
			}
			if len(field.Names) == 0 {
				i++
			}
		}
		return found == nil
	})
	return found, index
}

// holderOf returns the local variable a literal (a function, a
// configuration) is assigned to, when that is the variable's only value.
func (r *originResolver) holderOf(lit ast.Expr) *types.Var {
	for v, sources := range r.index().Sources {
		if len(sources) == 1 && sources[0].Kind == flow.SrcAssign && ast.Unparen(sources[0].Expr) == lit {
			return v
		}
	}
	return nil
}
