package gclplugin_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// quiet swallows analysistest's want/got mismatches: the analyzer's own
// tests check those; here only the shape of the fixes matters.
type quiet struct{}

func (quiet) Errorf(string, ...any) {}

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
	fixes := 0
	for _, res := range analysistest.Run(quiet{}, dir, a, scenarios(t, dir)...) {
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
// whose name is not a domain (those hold the SDK stubs).
func scenarios(t *testing.T, dir string) []string {
	entries, err := os.ReadDir(filepath.Join(dir, "src"))
	if err != nil {
		t.Fatal(err)
	}
	var pkgs []string
	for _, e := range entries {
		if e.IsDir() && !strings.Contains(e.Name(), ".") {
			pkgs = append(pkgs, e.Name())
		}
	}
	return pkgs
}
