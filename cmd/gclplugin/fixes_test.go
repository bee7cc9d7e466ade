package gclplugin_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// quiet keeps analysistest's complaints (want/got mismatches, which the
// analyzer's own tests check) for the failure message only: here the shape
// of the fixes is what matters.
type quiet struct{ msgs *[]string }

func (q quiet) Errorf(format string, args ...any) {
	*q.msgs = append(*q.msgs, fmt.Sprintf(format, args...))
}

// golangci-lint merges every fix of an issue into one edit, so a
// diagnostic offering alternatives would get all of them applied at once.
// The plugin's analyzer must offer at most one fix per diagnostic.
func TestOneFixPerDiagnostic(t *testing.T) {
	dir, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	a, err := build(t, nil)
	if err != nil {
		t.Fatal(err)
	}
	var msgs []string
	results := analysistest.Run(quiet{&msgs}, dir, a, scenarios(t, dir)...)
	if len(results) == 0 {
		t.Fatalf("analysistest loaded nothing:\n%s", strings.Join(msgs, "\n"))
	}
	fixes := 0
	for _, res := range results {
		for _, d := range res.Diagnostics {
			if n := len(d.SuggestedFixes); n > 1 {
				pos := res.Pass.Fset.Position(d.Pos)
				t.Errorf("%s: [%s] %s: %d suggested fixes, want at most 1", pos, d.Category, d.Message, n)
			}
			fixes += len(d.SuggestedFixes)
		}
	}
	if fixes == 0 {
		t.Error("no diagnostic in testdata offered a fix: the check proves nothing")
	}
}

// scenarios lists the scenario packages under testdata/src: every folder
// with Go files whose name is not a domain (those hold the SDK stubs).
func scenarios(t *testing.T, dir string) []string {
	entries, err := os.ReadDir(filepath.Join(dir, "src"))
	if err != nil {
		t.Fatal(err)
	}
	var pkgs []string
	for _, e := range entries {
		goFiles, _ := filepath.Glob(filepath.Join(dir, "src", e.Name(), "*.go"))
		if e.IsDir() && !strings.Contains(e.Name(), ".") && len(goFiles) > 0 {
			pkgs = append(pkgs, e.Name())
		}
	}
	return pkgs
}
