package gclplugin_test

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// e2e is what the end-to-end subtests share: a golangci-lint built with the
// plugin, one analysis cache for all its runs, the sample's markers and
// what the example configuration reports on the sample.
type e2e struct {
	root     string            // repository root
	bin      string            // golangci-lint with the plugin
	cache    string            // GOLANGCI_LINT_CACHE for every run
	markers  map[string]string // "file.go:line" -> category, from "// want: <category>"
	baseline map[string]issue  // "file.go:line" -> issue, with .golangci.example.yml
}

// setupE2E builds golangci-lint with scripts/build-golangci.sh, as a user
// would, and runs it once on the sample with the example config.
func setupE2E(t *testing.T) *e2e {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	e := &e2e{root: root, cache: t.TempDir()}
	e.bin = e.buildWith(t, "build-golangci.sh", "golangci-lint-tcerrcheck")
	e.markers = scanMarkers(t, filepath.Join(root, "sample"))
	if len(e.markers) == 0 {
		t.Fatal("no // want: markers in sample/")
	}
	e.baseline = e.lintJSON(t, e.copySample(t), e.exampleConfig())
	return e
}

// run runs golangci-lint in dir; see runTool.
func (e *e2e) run(t *testing.T, dir string, args ...string) ([]byte, int) {
	t.Helper()
	return e.runTool(t, dir, e.bin, args...)
}

// runTool runs bin in dir and returns its stdout and exit status: 0, or 1
// for "issues found" (unless --issues-exit-code says otherwise). Any other
// outcome is a failure of the run and stops the test.
func (e *e2e) runTool(t *testing.T, dir, bin string, args ...string) ([]byte, int) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", "GOLANGCI_LINT_CACHE="+e.cache)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return stdout.Bytes(), 0
	case errors.As(err, &exit) && exit.ExitCode() == 1:
		return stdout.Bytes(), 1
	}
	t.Fatalf("%s %s: %v\nstdout:\n%s\nstderr:\n%s", filepath.Base(bin), strings.Join(args, " "), err, stdout.Bytes(), stderr.Bytes())
	return nil, 0
}

// buildWith runs a build script of scripts/ with OUTPUT in a temporary
// directory and returns OUTPUT.
func (e *e2e) buildWith(t *testing.T, script, name string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), name)
	if log, err := exec.Command("bash", filepath.Join(e.root, "scripts", script), out).CombinedOutput(); err != nil {
		t.Fatalf("scripts/%s: %v\n%s", script, err, log)
	}
	return out
}

// issue is the part of golangci-lint's JSON issue the tests read. It has
// no category: golangci-lint drops Diagnostic.Category.
type issue struct {
	FromLinter string
	Text       string
	Pos        struct {
		Filename string
		Line     int
	}
	SuggestedFixes []struct {
		TextEdits []struct{ NewText []byte }
	}
}

// jsonArgs are the flags of every JSON run: no issue limits, so a larger
// sample never loses diagnostics to max-same-issues.
func jsonArgs(config string, extra ...string) []string {
	args := []string{"run", "--config", config, "--path-mode=abs", "--output.json.path=stdout", "--show-stats=false",
		"--max-issues-per-linter=0", "--max-same-issues=0"}
	return append(append(args, extra...), "./...")
}

// lintJSON runs golangci-lint with JSON output on dir and returns the
// issues keyed by "file.go:line" relative to dir.
func (e *e2e) lintJSON(t *testing.T, dir, config string, extra ...string) map[string]issue {
	t.Helper()
	out, _ := e.run(t, dir, jsonArgs(config, extra...)...)
	var report struct{ Issues []issue }
	if err := json.Unmarshal(out, &report); err != nil {
		t.Fatalf("golangci-lint JSON: %v\n%s", err, out)
	}
	issues := map[string]issue{}
	for _, is := range report.Issues {
		if is.FromLinter != "tcerrcheck" {
			t.Errorf("%s:%d: issue from %s, want only tcerrcheck: %s", is.Pos.Filename, is.Pos.Line, is.FromLinter, is.Text)
			continue
		}
		issues[relPos(t, dir, is.Pos.Filename, is.Pos.Line)] = is
	}
	return issues
}

// writeConfig writes a golangci-lint config running only tcerrcheck with
// the given settings block (YAML, indented under "settings:").
func writeConfig(t *testing.T, settings string) string {
	path := filepath.Join(t.TempDir(), ".golangci.yml")
	config := `version: "2"
linters:
  default: none
  enable: [tcerrcheck]
  settings:
    custom:
      tcerrcheck:
        type: module
        settings:
` + settings
	if err := os.WriteFile(path, []byte(config), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func (e *e2e) exampleConfig() string { return filepath.Join(e.root, ".golangci.example.yml") }

// expect returns the baseline's positions that keep, with their marked
// category. Subtests other than ExampleConfig compare with the baseline,
// not the markers, so a marker the analyzer misses fails one subtest only.
func (e *e2e) expect(keep func(pos string) bool) map[string]string {
	want := map[string]string{}
	for pos := range e.baseline {
		if keep(pos) {
			want[pos] = cmp.Or(e.markers[pos], "no marker")
		}
	}
	return want
}

// compare reports markers that were not reported and reports on lines
// without a marker. Categories are checked by the callers that can: the
// JSON output has none.
func compare(t *testing.T, what string, got map[string]issue, want map[string]string) {
	t.Helper()
	for _, pos := range slices.Sorted(maps.Keys(want)) {
		if _, ok := got[pos]; !ok {
			t.Errorf("%s: %s (want: %s) not reported", what, pos, want[pos])
		}
	}
	for _, pos := range slices.Sorted(maps.Keys(got)) {
		if _, ok := want[pos]; !ok {
			t.Errorf("%s: unexpected report at %s: %s", what, pos, got[pos].Text)
		}
	}
}

// writeExample installs the example config as dir/.golangci.yml, the way
// the README tells users to.
func writeExample(t *testing.T, e *e2e, dir string) {
	example, err := os.ReadFile(e.exampleConfig())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, ".golangci.yml"), example, 0o644); err != nil {
		t.Fatal(err)
	}
}
