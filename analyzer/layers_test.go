package analyzer_test

import (
	"os/exec"
	"strings"
	"testing"
)

// The stages' imports point one way: the face (analyzer) uses check,
// check uses extract, extract uses flow and suppress, and nothing below
// reaches back up. A new import that breaks this fails here.
func TestStagesImportDownwardOnly(t *testing.T) {
	const base = "github.com/tcerrcheck/tcerrcheck/analyzer"
	// Each stage, with the stages it may depend on (directly or not).
	allowed := map[string][]string{
		base + "/internal/flow":     nil,
		base + "/internal/suppress": nil,
		base + "/internal/extract":  {"flow"},
		base + "/internal/check":    {"extract", "flow", "suppress"},
	}
	for pkg, may := range allowed {
		out, err := exec.Command("go", "list", "-deps", pkg).Output()
		if err != nil {
			t.Fatalf("go list -deps %s: %v", pkg, err)
		}
		for _, dep := range strings.Fields(string(out)) {
			if dep == pkg || !strings.HasPrefix(dep, base) {
				continue
			}
			stage := strings.TrimPrefix(strings.TrimPrefix(dep, base), "/internal/")
			ok := false
			for _, m := range may {
				ok = ok || stage == m
			}
			if !ok {
				t.Errorf("%s depends on %s, a stage it must not reach", pkg, dep)
			}
		}
	}
}
