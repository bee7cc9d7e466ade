package check

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/suppress"
	"golang.org/x/tools/go/analysis"
)

// ReportUnusedDirectives reports each //tcerrcheck:ignore that matched no
// diagnostic: it names a category that is not reported there (the code
// was fixed, or the category is the wrong one), or a category that does
// not exist. It runs last, once every check of the package has reported.
// A directive naming only categories that are turned off is left alone:
// it may serve another configuration. golangci-lint's //nolint is
// nolintlint's business.
func (st *judge) ReportUnusedDirectives() {
	if !st.set.Enabled[catUnusedIgnore] {
		return
	}
	for _, dirs := range st.fileDirs {
		for _, u := range dirs.Unused() {
			if msg, ok := st.unusedMessage(u.Categories); ok {
				st.reportNode(catUnusedIgnore, u.Comment, msg, st.deleteComment(u), dirs)
			}
		}
	}
}

// unusedMessage words an unused directive; ok is false for one that names
// only categories turned off.
func (st *judge) unusedMessage(cats []string) (string, bool) {
	var unknown, enabled []string
	for _, c := range cats {
		switch {
		case c == "all":
			enabled = append(enabled, c)
		case !KnownCategory(c):
			unknown = append(unknown, c)
		case st.set.Enabled[c]:
			enabled = append(enabled, c)
		}
	}
	switch {
	case len(unknown) > 0:
		return fmt.Sprintf("//tcerrcheck:ignore names %s, which is no category of tcerrcheck; it suppresses nothing", quoteList(unknown)), true
	case len(enabled) > 0:
		return fmt.Sprintf("this //tcerrcheck:ignore suppresses nothing: no %s diagnostic is reported on its line or the next; remove it", strings.Join(enabled, " or ")), true
	}
	return "", false
}

// deleteComment removes the directive: its whole line when it stands
// alone there, else the comment and the spaces before it.
func (st *judge) deleteComment(u suppress.Unused) *analysis.SuggestedFix {
	tf := st.Pass.Fset.File(u.Comment.Slash)
	if tf == nil || st.Pass.ReadFile == nil {
		return nil
	}
	src, err := st.Pass.ReadFile(tf.Name())
	if err != nil || tf.Size() != len(src) {
		return nil
	}
	start, end := tf.Offset(u.Comment.Slash), tf.Offset(u.Comment.End())
	lineStart := bytes.LastIndexByte(src[:start], '\n') + 1
	before := bytes.TrimLeft(src[lineStart:start], " \t")
	if len(before) == 0 {
		start = lineStart
		if nl := bytes.IndexByte(src[end:], '\n'); nl >= 0 {
			end += nl + 1
		}
	} else {
		for start > lineStart && slices.Contains([]byte(" \t"), src[start-1]) {
			start--
		}
	}
	return &analysis.SuggestedFix{
		Message:   "Remove the directive",
		TextEdits: []analysis.TextEdit{{Pos: tf.Pos(start), End: tf.Pos(end)}},
	}
}
