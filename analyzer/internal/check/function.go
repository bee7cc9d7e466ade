package check

import (
	"fmt"
	"go/ast"
	"go/types"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/extract"
	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/suppress"
	"github.com/tcerrcheck/tcerrcheck/codes"
)

// CheckFiles checks every function of every hand-written file.
func (st *judge) CheckFiles() {
	for _, f := range st.Pass.Files {
		if suppress.IsGeneratedFile(st.Pass.Fset, f) {
			continue
		}
		dirs := suppress.ParseDirectives(st.Pass.Fset, f)
		st.fileDirs = append(st.fileDirs, dirs)
		for _, unit := range extract.FileUnits(st.Pass.TypesInfo, f) {
			st.checkFunc(unit, f, dirs)
		}
	}
}

// liveComparisons leaves out the comparisons of codes that can never be
// read: the code of an error that was wrapped on every path before a type
// assertion (or type switch) looked for the SDK error type in it. The
// assertion fails, so nothing compared behind it is ever true; that is
// reported once, at the assertion (wrong-error-type), and the comparisons
// are not judged as if they were live.
func liveComparisons(comps []extract.Comparison) []extract.Comparison {
	var live []extract.Comparison
	for _, c := range comps {
		if c.Ref.Kind == extract.KindCode && c.Ref.Origin.Wrapped {
			continue
		}
		live = append(live, c)
	}
	return live
}

// funcCheck checks the comparisons of one function body.
type funcCheck struct {
	st    *judge
	unit  extract.FuncUnit
	file  *ast.File
	dirs  suppress.Directives
	comps []extract.Comparison
	cov   *coverage // built on first use
}

func (st *judge) checkFunc(unit extract.FuncUnit, file *ast.File, dirs suppress.Directives) {
	fc := &funcCheck{
		st:    st,
		unit:  unit,
		file:  file,
		dirs:  dirs,
		comps: liveComparisons(st.ComparisonsOf(unit)),
	}
	for _, c := range fc.comps {
		for _, v := range c.Values {
			fc.checkValue(c, v)
		}
	}
	fc.checkCOS() // cos_checks.go
	if st.set.Enabled[catRetryIncomplete] {
		fc.checkRetryLogic()
	}
	if st.set.Enabled[catWrongErrType] {
		fc.checkErrorTypes()
	}
	if st.set.Enabled[catInventory] {
		fc.reportInventory()
	}
}

// checkValue classifies one compared value. An invalid code goes to the
// first check in order that explains it; classification does not depend
// on which checks are on, so turning wrong-case off silences those codes
// rather than reporting them as unknown. A valid code may still be an
// exact comparison that misses a family's sub-codes.
func (fc *funcCheck) checkValue(c extract.Comparison, v extract.Value) {
	if !codes.IsCodeShaped(v.Text) {
		return // "", free text, codes built at run time: not codes
	}
	if v.Builtin {
		return // checked inside the helper
	}
	q := query{Value: v, origin: c.Ref.Origin}
	if v.Classifier != nil {
		// Another package's classifier: whether its code exists is judged
		// there; what this call's errors can answer besides it, here.
		if fc.st.know.valid(q) {
			if vd, ok := fc.checkFamilyExact(c, q); ok {
				fc.report(catFamilyExact, q, c.Node, vd)
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
		if fc.st.set.Enabled[catPreferConst] {
			fc.notePreferConstant(c, query{Value: v}) // no constant for a code this origin lacks
		}
		if cat == catWrongProd && fc.validAlongside(c, v) {
			return // copied along with a live branch: changes nothing
		}
		if cat != "" {
			if vd.replacement != "" && fc.comparedAlongside(c, v, vd.replacement) {
				vd = deadComparison(vd)
			}
			if vd.replacement != "" && fc.matchedEarlier(c, vd.replacement) {
				vd = shadowedComparison(vd)
			}
			if vd.replacement != "" && fc.fixWouldDuplicate(c, v, vd.replacement) {
				vd.message += fmt.Sprintf("; no fix: another value here would become %q too, and two equal cases do not compile", vd.replacement)
				vd.replacement = ""
			}
			fc.report(cat, q, c.Node, vd)
		}
		return
	}
	if vd, ok := fc.checkFamilyExact(c, familyQ); ok {
		fc.report(catFamilyExact, familyQ, c.Node, vd)
	}
	if fc.st.set.Enabled[catShadowedCase] {
		if vd, ok := fc.checkShadowedCase(c, v); ok {
			fc.report(catShadowedCase, q, c.Node, vd)
		}
	}
	if fc.st.set.Enabled[catPreferConst] {
		fc.notePreferConstant(c, q)
	}
	if vd, ok := fc.checkActionNearMiss(c, q); ok {
		if fc.st.set.Enabled[catActionNearMiss] {
			fc.report(catActionNearMiss, q, c.Node, vd)
		}
		return // not wrong-action's as well
	}
	if fc.st.set.Enabled[catWrongAction] {
		if vd, ok := fc.checkWrongAction(q); ok {
			fc.report(catWrongAction, q, c.Node, vd)
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
// error. That happens when another misspelling there would be fixed to the
// same code (the replacement already there is comparedAlongside's).
func (fc *funcCheck) fixWouldDuplicate(c extract.Comparison, v extract.Value, replacement string) bool {
	if !needsDistinctValues(c) {
		return false
	}
	for _, o := range c.Values {
		if o.At == v.At {
			continue
		}
		if o.Text == replacement {
			return true
		}
		if _, ovd, invalid := fc.classify(query{Value: o, origin: c.Ref.Origin}); invalid && ovd.replacement == replacement {
			return true
		}
	}
	return false
}

// needsDistinctValues: switch cases and map literal keys must differ.
func needsDistinctValues(c extract.Comparison) bool {
	switch c.Node.(type) {
	case *ast.SwitchStmt, *ast.IndexExpr:
		return true
	}
	return false
}

// report reports the verdict on q's value, saying so when what it judged
// by is the public catalog's knowledge of a copy that declares no codes.
func (fc *funcCheck) report(cat string, q query, at ast.Node, vd verdict) {
	if fc.st.set.Enabled[cat] {
		vd.message += catalogNote(q.origin)
		fc.st.report(cat, q.Value, at, vd, fc.dirs)
	}
}

// callersOrigin is the origin of a code the function compares that comes
// from one of its parameters, as its callers in the package give it; ok
// is false when the code is not a parameter's or not every call is
// understood. exported says other packages may call the function too.
func (fc *funcCheck) callersOrigin(c extract.Comparison) (o extract.Origin, exported, ok bool) {
	fn, isFunc := fc.unit.Obj.(*types.Func)
	if !isFunc {
		return extract.UnknownOrigin, false, false
	}
	errParam, codeParam, isParam := extract.ParamCode(c.Ref)
	if !isParam {
		// A request of the generic client named by the callers.
		o, complete, ok := fc.st.PendingCallersOrigin(fn, c.Ref.Origin)
		return o, !complete, ok
	}
	o, ok = fc.st.CallersOrigin(fn, errParam, codeParam)
	return o, fn.Exported(), ok
}
