package analyzer

import (
	"go/ast"
	"go/types"

	"github.com/tcerrcheck/tcerrcheck/codes"
)

// funcUnit is one function to check: a declared function or a function
// literal bound to a package-level variable.
type funcUnit struct {
	name string
	obj  types.Object // the function, or the variable holding the literal
	typ  *ast.FuncType
	body *ast.BlockStmt
}

// funcCheck checks the comparisons of one function body, closures
// included: they share the variables they capture.
type funcCheck struct {
	st    *passState
	r     *originResolver
	unit  funcUnit
	file  *ast.File
	dirs  directives
	comps []comparison
	cov   *coverage // built on first use
	// parents maps nodes of the body to their parents, built on first use.
	parents map[ast.Node]ast.Node
}

func (st *passState) checkFunc(unit funcUnit, file *ast.File, dirs directives) {
	fc := &funcCheck{
		st:   st,
		r:    st.newResolver(unit),
		unit: unit,
		file: file,
		dirs: dirs,
	}
	ast.Inspect(unit.body, func(n ast.Node) bool {
		if c, ok := fc.r.findComparison(n); ok {
			fc.comps = append(fc.comps, c)
		}
		return true
	})
	for _, c := range fc.comps {
		for _, v := range c.values {
			fc.checkValue(c, v)
		}
	}
	if st.set.enabled[catRetryIncomplete] {
		fc.checkRetryLogic()
	}
}

// checkValue classifies one compared value. An invalid code goes to the
// first check in order that explains it; classification does not depend
// on which checks are on, so turning wrong-case off silences those codes
// rather than reporting them as unknown. A valid code may still be an
// exact comparison that misses a family's sub-codes.
func (fc *funcCheck) checkValue(c comparison, v value) {
	if !codes.IsCodeShaped(v.text) {
		return // "", free text, codes built at run time: not codes
	}
	q := query{value: v, origin: c.ref.origin}
	k := fc.st.know
	if !k.valid(q) {
		for _, chk := range invalidCodeChecks {
			if vd, ok := chk.check(k, q); ok {
				fc.report(chk.category, v, c.node, vd)
				return
			}
		}
		return
	}
	if vd, ok := fc.checkFamilyExact(c, q); ok {
		fc.report(catFamilyExact, v, c.node, vd)
	}
}

func (fc *funcCheck) report(cat string, v value, at ast.Node, vd verdict) {
	if fc.st.set.enabled[cat] {
		fc.st.report(cat, v, at, vd, fc.dirs)
	}
}
