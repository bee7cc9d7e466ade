package analyzer

import (
	"go/ast"
	"go/types"
)

// funcUnit is one function to check: a declared function or a function
// literal bound to a package-level variable.
type funcUnit struct {
	name string
	obj  types.Object // the function, or the variable holding the literal
	typ  *ast.FuncType
	body *ast.BlockStmt
}

// comparisonsOf returns the comparisons of one function body, closures
// included (they share the variables they capture); computed once, for
// the checks and for helper summaries alike.
func (st *passState) comparisonsOf(unit funcUnit) []comparison {
	if comps, ok := st.comps[unit.body]; ok {
		return comps
	}
	st.comps[unit.body] = nil // in progress
	r := st.newResolver(unit)
	var comps []comparison
	ast.Inspect(unit.body, func(n ast.Node) bool {
		if c, ok := r.findComparison(n); ok {
			comps = append(comps, c)
		}
		return true
	})
	st.comps[unit.body] = comps
	return comps
}
