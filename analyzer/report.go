package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"strconv"

	"golang.org/x/tools/go/analysis"
)

// report is the one place diagnostics are built: category, message, and a
// fix that rewrites the literal when the verdict names one replacement and
// the literal is in this package.
func (st *judge) report(cat string, v value, at ast.Node, vd verdict, dirs directives) {
	d := analysis.Diagnostic{Pos: v.at.Pos(), End: v.at.End(), Category: cat, Message: vd.message}
	if vd.fix != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{*vd.fix}
	} else if fix, ok := literalFix(v, vd.replacement); ok {
		d.SuggestedFixes = []analysis.SuggestedFix{fix}
	}
	st.emit(d, at.Pos(), dirs)
}

// reportNode reports a finding about a whole construct, such as a piece of
// retry logic, at its first token, with its fix when it has one.
func (st *judge) reportNode(cat string, n ast.Node, msg string, fix *analysis.SuggestedFix, dirs directives) {
	d := analysis.Diagnostic{Pos: n.Pos(), Category: cat, Message: msg}
	if fix != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{*fix}
	}
	st.emit(d, n.Pos(), dirs)
}

// emit reports d once per position and category, unless a directive on
// its line, the line above, or the line of site suppresses it.
func (st *judge) emit(d analysis.Diagnostic, site token.Pos, dirs directives) {
	key := reportKey{d.Pos, d.Category}
	if st.reported[key] {
		return // one literal seen through several comparisons
	}
	st.reported[key] = true
	switch dirs.verdict(st.pass.Fset, d.Category, d.Pos, site) {
	case suppressed:
		return
	case suppressedWithoutReason:
		d.Message += " (a tcerrcheck:ignore directive here is not honoured: it needs a reason)"
	}
	// The category leads the message: text output, golangci-lint and SARIF
	// do not show Diagnostic.Category, and it is what -disable and
	// //tcerrcheck:ignore take.
	d.Message = d.Category + ": " + d.Message
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
