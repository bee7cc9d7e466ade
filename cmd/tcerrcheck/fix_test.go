package main_test

import (
	"testing"
)

// TestFixOnSample applies the fixes to a copy of the sample, the way the
// README says (tcerrcheck -fix ./...): the command exits 0 once they are
// applied, the program still builds, and a re-run reports fewer defects,
// none of them one a fix was offered for.
func TestFixOnSample(t *testing.T) {
	sample := prepareSample(t)
	bin := buildTool(t)
	dir := t.TempDir()
	copyTree(t, sample, dir)

	stdout, stderr, err := runIn(dir, bin, "-json", "./...")
	if err != nil {
		t.Fatalf("tcerrcheck -json: %v\n%s%s", err, stdout, stderr)
	}
	before := parseDiagnostics(t, dir, stdout, stderr)

	if stdout, stderr, err := runIn(dir, bin, "-fix", "./..."); err != nil {
		t.Fatalf("tcerrcheck -fix ./... = %v, want exit status 0 once the fixes are applied\n%s%s", err, stdout, stderr)
	}
	if stdout, stderr, err := runIn(dir, "go", "build", "./..."); err != nil {
		t.Fatalf("the fixed sample does not build: %v\n%s%s", err, stdout, stderr)
	}
	stdout, stderr, err = runIn(dir, bin, "-json", "./...")
	if err != nil {
		t.Fatalf("tcerrcheck -json after -fix: %v\n%s%s", err, stdout, stderr)
	}
	after := parseDiagnostics(t, dir, stdout, stderr)
	if len(after) == 0 || len(after) >= len(before) {
		t.Errorf("%d diagnostics before -fix, %d after; want fewer, and some without a fix left", len(before), len(after))
	}
	// the sample's misspelt "InvalidInstanceId.NotFonud" has a fix
	fixed := key{"instances.go", 25, "unknown-code"}
	if _, ok := before[fixed]; !ok {
		t.Fatalf("the sample no longer reports %s", fixed)
	}
	if msg, ok := after[fixed]; ok {
		t.Errorf("%s still reported after -fix: %s", fixed, msg)
	}
}
