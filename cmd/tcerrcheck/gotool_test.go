package main_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGoToolOnSample pins tcerrcheck in a copy of the sample with Go's
// tool directive and runs it the way the README shows:
//
//	go get -tool github.com/tcerrcheck/tcerrcheck/cmd/tcerrcheck
//	go vet -vettool=$(go tool -n tcerrcheck) ./...
//	go tool tcerrcheck ./...
//
// The module is not fetched from a proxy here: a requirement replaced by
// this checkout stands for the published version, so the test runs the
// code under test. go get runs with GOPROXY=off (the proxy would be asked
// whether cmd/tcerrcheck is a module of its own) on the sample's go.sum
// plus this module's, as the proxy's checksums would have filled it in.
func TestGoToolOnSample(t *testing.T) {
	sample := prepareSample(t)
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	copyTree(t, sample, dir)
	appendFile(t, filepath.Join(dir, "go.sum"), filepath.Join(root, "go.sum"))
	steps := [][]string{
		{"go", "mod", "edit", "-replace", "github.com/tcerrcheck/tcerrcheck=" + root,
			"-require", "github.com/tcerrcheck/tcerrcheck@v0.0.0-00010101000000-000000000000"},
		{"env", "GOPROXY=off", "go", "get", "-tool", "github.com/tcerrcheck/tcerrcheck/cmd/tcerrcheck"},
	}
	for _, step := range steps {
		if stdout, stderr, err := runIn(dir, step[0], step[1:]...); err != nil {
			t.Fatalf("%s: %v\n%s%s", strings.Join(step, " "), err, stdout, stderr)
		}
	}
	gomod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(gomod), "tool github.com/tcerrcheck/tcerrcheck/cmd/tcerrcheck") {
		t.Fatalf("go get -tool left no tool directive in go.mod:\n%s", gomod)
	}
	stdout, stderr, err := runIn(dir, "go", "tool", "-n", "tcerrcheck")
	if err != nil {
		t.Fatalf("go tool -n tcerrcheck: %v\n%s%s", err, stdout, stderr)
	}
	bin := strings.TrimSpace(string(stdout))
	stdout, stderr, err = runIn(dir, "go", "vet", "-json", "-vettool="+bin, "./...")
	if err != nil {
		t.Fatalf("go vet -json -vettool=%s failed: %v\nstdout:\n%s\nstderr:\n%s", bin, err, stdout, stderr)
	}
	want := scanMarkers(t, dir)
	compare(t, parseDiagnostics(t, dir, stdout, stderr), want)

	stdout, stderr, err = runIn(dir, "go", "tool", "tcerrcheck", "-json", "./...")
	if err != nil {
		t.Fatalf("go tool tcerrcheck -json ./... failed: %v\nstdout:\n%s\nstderr:\n%s", err, stdout, stderr)
	}
	compare(t, parseDiagnostics(t, dir, stdout, stderr), want)
}

// copyTree copies the regular files under src to dst, keeping the layout.
func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// appendFile appends the contents of src to dst.
func appendFile(t *testing.T, dst, src string) {
	t.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(dst, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}
