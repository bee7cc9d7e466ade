package analyzer

import (
	_ "embed"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/check"
)

// docSource is this package's doc comment as written: -explain answers
// from the same text go doc shows, so the two cannot drift apart.
//
//go:embed doc.go
var docSource string

// Explain returns the doc comment's section on a category (what the check
// reports, why, and its fix), as plain text; ok is false for a name with
// no section.
func Explain(category string) (text string, ok bool) {
	var out []string
	in := false
	for _, line := range strings.Split(docSource, "\n") {
		if !strings.HasPrefix(line, "//") {
			if in {
				break
			}
			continue
		}
		body := strings.TrimPrefix(strings.TrimPrefix(line, "//"), " ")
		if heading, isHeading := strings.CutPrefix(body, "# "); isHeading {
			if in {
				break
			}
			in = heading == category
			continue
		}
		if in {
			out = append(out, body)
		}
	}
	text = strings.TrimSpace(strings.Join(out, "\n"))
	return category + "\n\n" + text + "\n", in && text != "" && check.KnownCategory(category)
}
