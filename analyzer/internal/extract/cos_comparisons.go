package extract

import "go/ast"

// splitCOS keeps the comparisons of COS codes found in body apart: it
// stores them for COSComparisonsOf and returns the others, so that what
// ComparisonsOf returns is what it returned before COS codes were
// recognised.
func (st *State) splitCOS(body *ast.BlockStmt, comps []Comparison) []Comparison {
	var api3, cos []Comparison
	for _, c := range comps {
		if c.Ref.COS {
			cos = append(cos, c)
		} else {
			api3 = append(api3, c)
		}
	}
	if len(cos) > 0 {
		if st.cosComps == nil {
			st.cosComps = map[*ast.BlockStmt][]Comparison{}
		}
		st.cosComps[body] = cos
	}
	return api3
}

// COSComparisonsOf returns the comparisons of COS error codes in one
// function body, closures included, in source order.
func (st *State) COSComparisonsOf(unit FuncUnit) []Comparison {
	st.ComparisonsOf(unit)
	return st.cosComps[unit.Body]
}
