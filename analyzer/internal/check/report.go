package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"strconv"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/extract"
	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/suppress"
	"golang.org/x/tools/go/analysis"
)

// report is the one place diagnostics are built: category, message, and a
// fix that rewrites the literal when the verdict names one replacement and
// the literal is in this package.
func (st *judge) report(cat string, v extract.Value, at ast.Node, vd verdict, dirs suppress.Directives) {
	d := analysis.Diagnostic{Pos: v.At.Pos(), End: v.At.End(), Category: cat, Message: vd.message}
	if vd.fix != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{*vd.fix}
	} else if fix, ok := literalFix(v, vd.replacement); ok {
		d.SuggestedFixes = []analysis.SuggestedFix{fix}
	}
	st.emit(d, at.Pos(), dirs)
}

// reportNode reports a finding about a whole construct, such as a piece of
// retry logic, at its first token, with its fix when it has one.
func (st *judge) reportNode(cat string, n ast.Node, msg string, fix *analysis.SuggestedFix, dirs suppress.Directives) {
	d := analysis.Diagnostic{Pos: n.Pos(), Category: cat, Message: msg}
	if fix != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{*fix}
	}
	st.emit(d, n.Pos(), dirs)
}

// emit reports d once per position and category, unless a directive on
// its line, the line above, or the line of site suppresses it.
func (st *judge) emit(d analysis.Diagnostic, site token.Pos, dirs suppress.Directives) {
	key := reportKey{d.Pos, d.Category}
	if st.reported[key] {
		return // one literal seen through several comparisons
	}
	st.reported[key] = true
	switch dirs.Verdict(st.Pass.Fset, d.Category, d.Pos, site) {
	case suppress.Suppressed:
		return
	case suppress.SuppressedWithoutReason:
		d.Message += " (a tcerrcheck:ignore directive here is not honoured: it needs a reason)"
	}
	// The category leads the message: text output, golangci-lint and SARIF
	// do not show Diagnostic.Category, and it is what -disable and
	// //tcerrcheck:ignore take.
	d.Message = d.Category + ": " + d.Message
	st.Pass.Report(d)
}

// literalFix rewrites the literal holding v so that it holds replacement,
// keeping what surrounds the code in it and its quoting style.
func literalFix(v extract.Value, replacement string) (analysis.SuggestedFix, bool) {
	if replacement == "" || v.Lit == nil {
		return analysis.SuggestedFix{}, false
	}
	if old, err := strconv.Unquote(v.Lit.Value); err != nil || old != v.Before+v.Text+v.After {
		return analysis.SuggestedFix{}, false // the literal is not simply the code
	}
	text := v.Before + replacement + v.After
	quoted := strconv.Quote(text)
	if v.Lit.Value[0] == '`' {
		quoted = "`" + text + "`"
	}
	return analysis.SuggestedFix{
		Message:   fmt.Sprintf("Replace %q with %q", v.Text, replacement),
		TextEdits: []analysis.TextEdit{{Pos: v.Lit.Pos(), End: v.Lit.End(), NewText: []byte(quoted)}},
	}, true
}
