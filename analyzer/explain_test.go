package analyzer_test

import (
	"strings"
	"testing"

	"github.com/tcerrcheck/tcerrcheck/analyzer"
)

// Every category the analyzer has is explained, from the doc comment's
// section on it; a name that is no category is not.
func TestExplain(t *testing.T) {
	for _, name := range []string{"unknown-code", "wrong-case", "family-exact", "retry-incomplete", "wrong-error-type", "action-near-miss", "unused-ignore", "inventory"} {
		text, ok := analyzer.Explain(name)
		if !ok || !strings.HasPrefix(text, name+"\n\n") || len(text) < len(name)+60 {
			t.Errorf("Explain(%q) = %q, %v", name, text, ok)
		}
		if strings.Contains(text, "\n# ") {
			t.Errorf("Explain(%q) runs into the next section:\n%s", name, text)
		}
	}
	for _, name := range []string{"wrong-cse", "Suppressing", ""} {
		if text, ok := analyzer.Explain(name); ok {
			t.Errorf("Explain(%q) = %q, want none", name, text)
		}
	}
}
