package analyzer

import (
	"fmt"
	"go/ast"
	"strconv"

	"golang.org/x/tools/go/analysis"
)

// report is the one place diagnostics are built: category, message, and a
// fix that rewrites the literal when the verdict names one replacement and
// the literal is in this package.
func (st *passState) report(cat string, v value, at ast.Node, vd verdict, dirs directives) {
	key := reportKey{v.at.Pos(), cat}
	if st.reported[key] {
		return // one literal seen through several comparisons
	}
	st.reported[key] = true
	msg := vd.message
	switch dirs.verdict(st.pass.Fset, cat, v.at.Pos(), at.Pos()) {
	case suppressed:
		return
	case suppressedWithoutReason:
		msg += " (a tcerrcheck:ignore directive here is not honoured: it needs a reason)"
	}
	d := analysis.Diagnostic{Pos: v.at.Pos(), End: v.at.End(), Category: cat, Message: msg}
	if fix, ok := literalFix(v, vd.replacement); ok {
		d.SuggestedFixes = []analysis.SuggestedFix{fix}
	}
	st.pass.Report(d)
}

// literalFix rewrites the literal holding v so that it holds replacement,
// keeping what surrounds the code in it and its quoting style.
func literalFix(v value, replacement string) (analysis.SuggestedFix, bool) {
	if replacement == "" || v.lit == nil {
		return analysis.SuggestedFix{}, false
	}
	if old, err := strconv.Unquote(v.lit.Value); err != nil || old != v.before+v.text+v.after {
		return analysis.SuggestedFix{}, false // the literal is not simply the code
	}
	text := v.before + replacement + v.after
	quoted := strconv.Quote(text)
	if v.lit.Value[0] == '`' {
		quoted = "`" + text + "`"
	}
	return analysis.SuggestedFix{
		Message:   fmt.Sprintf("Replace %q with %q", v.text, replacement),
		TextEdits: []analysis.TextEdit{{Pos: v.lit.Pos(), End: v.lit.End(), NewText: []byte(quoted)}},
	}, true
}
