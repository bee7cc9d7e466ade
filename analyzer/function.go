package analyzer

import (
	"go/ast"
	"go/types"

	"github.com/tcerrcheck/tcerrcheck/codes"
)

// checkFiles checks every function of every hand-written file.
func (st *judge) checkFiles() {
	for _, f := range st.pass.Files {
		if isGeneratedFile(st.pass.Fset, f) {
			continue
		}
		dirs := parseDirectives(st.pass.Fset, f)
		for _, decl := range f.Decls {
			if fd, ok := decl.(*ast.FuncDecl); ok {
				if fd.Body != nil {
					st.checkFunc(funcUnit{fd.Name.Name, st.pass.TypesInfo.Defs[fd.Name], fd.Type, fd.Body}, f, dirs)
				}
				continue
			}
			// Function literals in package-level initializers
			// (var isRetryable = func(err error) bool {...}).
			ast.Inspect(decl, func(n ast.Node) bool {
				if spec, ok := n.(*ast.ValueSpec); ok {
					for i, v := range spec.Values {
						if lit, ok := v.(*ast.FuncLit); ok && i < len(spec.Names) {
							st.checkFunc(funcUnit{spec.Names[i].Name, st.pass.TypesInfo.Defs[spec.Names[i]], lit.Type, lit.Body}, f, dirs)
						}
					}
					return false
				}
				return true
			})
		}
	}
}

// funcCheck checks the comparisons of one function body.
type funcCheck struct {
	st    *judge
	unit  funcUnit
	file  *ast.File
	dirs  directives
	comps []comparison
	cov   *coverage // built on first use
}

func (st *judge) checkFunc(unit funcUnit, file *ast.File, dirs directives) {
	fc := &funcCheck{
		st:    st,
		unit:  unit,
		file:  file,
		dirs:  dirs,
		comps: st.comparisonsOf(unit),
	}
	for _, c := range fc.comps {
		for _, v := range c.values {
			fc.checkValue(c, v)
		}
	}
	if st.set.enabled[catRetryIncomplete] {
		fc.checkRetryLogic()
	}
	if st.set.enabled[catWrongErrType] {
		fc.checkErrorTypes()
	}
	if st.set.enabled[catInventory] {
		fc.reportInventory()
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
	if v.builtin {
		return // checked inside the helper
	}
	q := query{value: v, origin: c.ref.origin}
	if v.classifier != nil {
		// Another package's classifier: whether its code exists is judged
		// there; what this call's errors can answer besides it, here.
		if fc.st.know.valid(q) {
			if vd, ok := fc.checkFamilyExact(c, q); ok {
				fc.report(catFamilyExact, q, c.node, vd)
			}
		}
		return
	}
	familyQ := q // the origin family-exact judges the sub-codes by
	if o, exported, ok := fc.callersOrigin(c); ok {
		// A helper's own code: checked against its callers' errors. Other
		// packages may call an exported helper with other products', so
		// there only the sub-codes its callers here can return count.
		familyQ.origin = o
		if !exported {
			q.origin = o
		}
	}
	if cat, vd, invalid := fc.classify(q); invalid {
		if fc.st.set.enabled[catPreferConst] {
			fc.notePreferConstant(c, query{value: v}) // no constant for a code this origin lacks
		}
		if cat != "" {
			if vd.replacement != "" && fc.comparedAlongside(c, v, vd.replacement) {
				vd = deadComparison(vd)
			}
			if vd.replacement != "" && fc.fixWouldDuplicate(c, v, vd.replacement) {
				vd.replacement = "" // the message still names the code
			}
			fc.report(cat, q, c.node, vd)
		}
		return
	}
	if vd, ok := fc.checkFamilyExact(c, familyQ); ok {
		fc.report(catFamilyExact, familyQ, c.node, vd)
	}
	if fc.st.set.enabled[catPreferConst] {
		fc.notePreferConstant(c, q)
	}
	if fc.st.set.enabled[catWrongAction] {
		if vd, ok := fc.checkWrongAction(q); ok {
			fc.report(catWrongAction, q, c.node, vd)
		}
	}
}

// classify puts an invalid code to the checks in order; the first that
// explains it gives its category ("" when none does). invalid is false
// for a valid code.
func (fc *funcCheck) classify(q query) (category string, vd verdict, invalid bool) {
	k := fc.st.know
	if k.valid(q) {
		return "", verdict{}, false
	}
	for _, chk := range invalidCodeChecks {
		if vd, ok := chk.check(k, q); ok {
			return chk.category, vd, true
		}
	}
	return "", verdict{}, true
}

// fixWouldDuplicate reports whether rewriting v to replacement would make
// two cases of a switch, or two keys of a map literal, equal: a compile
// error. That happens when the replacement is already there, or another
// misspelling there would be fixed to the same code.
func (fc *funcCheck) fixWouldDuplicate(c comparison, v value, replacement string) bool {
	if !needsDistinctValues(c) {
		return false
	}
	for _, o := range c.values {
		if o.at == v.at {
			continue
		}
		if o.text == replacement {
			return true
		}
		if _, ovd, invalid := fc.classify(query{value: o, origin: c.ref.origin}); invalid && ovd.replacement == replacement {
			return true
		}
	}
	return false
}

// needsDistinctValues: switch cases and map literal keys must differ.
func needsDistinctValues(c comparison) bool {
	switch c.node.(type) {
	case *ast.SwitchStmt, *ast.IndexExpr:
		return true
	}
	return false
}

// report reports the verdict on q's value, saying so when what it judged
// by is the public catalog's knowledge of a copy that declares no codes.
func (fc *funcCheck) report(cat string, q query, at ast.Node, vd verdict) {
	if fc.st.set.enabled[cat] {
		vd.message += catalogNote(q.origin)
		fc.st.report(cat, q.value, at, vd, fc.dirs)
	}
}

// callersOrigin is the origin of a code the function compares that comes
// from one of its parameters, as its callers in the package give it; ok
// is false when the code is not a parameter's or not every call is
// understood. exported says other packages may call the function too.
func (fc *funcCheck) callersOrigin(c comparison) (o origin, exported, ok bool) {
	fn, isFunc := fc.unit.obj.(*types.Func)
	if !isFunc {
		return unknownOrigin, false, false
	}
	errParam, codeParam, isParam := paramCode(c.ref)
	if !isParam {
		return unknownOrigin, false, false
	}
	o, ok = fc.st.callersOrigin(fn, errParam, codeParam)
	return o, fn.Exported(), ok
}
