package codes

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestTablesGenUpToDate regenerates the built-in tables from the seed pages
// and checks the committed tables_gen.go is exactly that output, so a change
// to the pages, the annotations or the parser cannot go unnoticed. The
// generator's own tests do the same in-process.
func TestTablesGenUpToDate(t *testing.T) {
	if _, err := os.Stat(seedPagesDir); err != nil {
		t.Skipf("the seed pages live outside the repository (%s), so tables_gen.go cannot be checked: %v", seedPagesDir, err)
	}
	if testing.Short() {
		t.Skip("builds and runs the generator; skipped with -short")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("no go command to run the generator: %v", err)
	}
	out := filepath.Join(t.TempDir(), "tables_gen.go")
	cmd := exec.Command(goTool, "run", "./internal/gen/tables", "-seeds", seedPagesDir, "-out", out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("generator failed: %v\n%s", err, msg)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("tables_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("tables_gen.go differs from the generator's output; run go generate ./codes and review the diff")
	}
}
