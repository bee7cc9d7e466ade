package extract

import (
	"go/ast"
	"go/types"
)

// FuncUnit is one function to check: a declared function or a function
// literal bound to a package-level variable.
type FuncUnit struct {
	Name string
	Obj  types.Object // the function, or the variable holding the literal
	Typ  *ast.FuncType
	Body *ast.BlockStmt
}

// ComparisonsOf returns the comparisons of one function body, closures
// included (they share the variables they capture); computed once, for
// the checks and for helper summaries alike.
func (st *State) ComparisonsOf(unit FuncUnit) []Comparison {
	if comps, ok := st.comps[unit.Body]; ok {
		return comps
	}
	st.comps[unit.Body] = nil // in progress
	r := st.NewResolver(unit)
	var comps []Comparison
	ast.Inspect(unit.Body, func(n ast.Node) bool {
		if c, ok := r.findComparison(n); ok {
			comps = append(comps, c)
		}
		return true
	})
	comps = st.splitCOS(unit.Body, comps)
	st.comps[unit.Body] = comps
	return comps
}

// FileUnits returns the functions of a file to check, in source order:
// declared functions with a body, and function literals bound to
// package-level variables (var isRetryable = func(err error) bool {...}).
func FileUnits(info *types.Info, f *ast.File) []FuncUnit {
	var units []FuncUnit
	for _, decl := range f.Decls {
		if fd, ok := decl.(*ast.FuncDecl); ok {
			if fd.Body != nil {
				units = append(units, FuncUnit{Name: fd.Name.Name, Obj: info.Defs[fd.Name], Typ: fd.Type, Body: fd.Body})
			}
			continue
		}
		ast.Inspect(decl, func(n ast.Node) bool {
			if spec, ok := n.(*ast.ValueSpec); ok {
				for i, v := range spec.Values {
					if lit, ok := v.(*ast.FuncLit); ok && i < len(spec.Names) {
						units = append(units, FuncUnit{Name: spec.Names[i].Name, Obj: info.Defs[spec.Names[i]], Typ: lit.Type, Body: lit.Body})
					}
				}
				return false
			}
			return true
		})
	}
	return units
}
