package gclplugin_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// vscodeLine is the pattern vscode-go's runTool matches lint output with.
var vscodeLine = regexp.MustCompile(`^([^:]*: )?((.:)?[^:]*):(\d+)(:(\d+)?)?:(?:\w+:)? (.*)$`)

// VS Code with "go.lintTool": "golangci-lint-v2" runs this command line in
// the saved file's directory (package scope, empty go.lintFlags), finding
// .golangci.yml by itself; it shows each line its pattern matches.
func (e *e2e) testVSCode(t *testing.T) {
	dir := e.copySample(t)
	writeExample(t, e, dir)
	out, code := e.run(t, dir, "run", "--issues-exit-code=0", "--output.text.print-issued-lines=false",
		"--show-stats=false", "--output.text.path=stdout", "--path-mode=abs")
	if code != 0 {
		t.Errorf("exit status %d, want 0: VS Code drops the output of a failed lint run", code)
	}
	got := map[string]issue{}
	for _, l := range strings.Split(string(out), "\n") {
		m := vscodeLine.FindStringSubmatch(l)
		if m == nil || !strings.HasSuffix(m[7], "(tcerrcheck)") {
			continue
		}
		if !filepath.IsAbs(m[2]) {
			t.Errorf("VS Code needs absolute paths, got %q", l)
			continue
		}
		var is issue
		is.Text = m[7]
		got[relPos(t, dir, m[2], atoi(t, m[4]))] = is
	}
	want := e.expect(func(pos string) bool { return !strings.Contains(pos, "/") }) // the package in dir only
	compare(t, "VS Code", got, want)
}

// golangci-lint-langserver (Neovim, Helix) runs this command line in the
// file's directory and reads issues only when the exit status is non-zero
// and stdout is one JSON document.
func (e *e2e) testLangServer(t *testing.T) {
	dir := e.copySample(t)
	writeExample(t, e, dir)
	out, code := e.run(t, dir, "run", "--output.json.path", "stdout", "--show-stats=false", "--issues-exit-code=1")
	if code != 1 {
		t.Errorf("exit status %d, want 1: the language server shows nothing on 0", code)
	}
	var report struct{ Issues []issue }
	if err := json.Unmarshal(out, &report); err != nil {
		t.Fatalf("stdout is not one JSON document: %v\n%s", err, out)
	}
	got := map[string]issue{}
	for _, is := range report.Issues {
		got[relPos(t, dir, filepath.Join(dir, is.Pos.Filename), is.Pos.Line)] = is // relative to .golangci.yml
	}
	compare(t, "langserver", got, e.expect(func(string) bool { return true }))
}

// The CI recipe uploads --output.sarif.path's file to GitHub code scanning,
// which places results by repository-relative URI and line.
func (e *e2e) testSARIF(t *testing.T) {
	dir := e.copySample(t)
	writeExample(t, e, dir)
	sarifPath := filepath.Join(t.TempDir(), "golangci-lint.sarif")
	e.run(t, dir, "run", "--output.sarif.path="+sarifPath, "./...")
	data, err := os.ReadFile(sarifPath)
	if err != nil {
		t.Fatal(err)
	}
	var sarif struct {
		Version string
		Runs    []struct {
			Results []struct {
				RuleID    string
				Message   struct{ Text string }
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           struct{ StartLine int }
					}
				}
			}
		}
	}
	if err := json.Unmarshal(data, &sarif); err != nil || sarif.Version != "2.1.0" || len(sarif.Runs) != 1 {
		t.Fatalf("not a one-run SARIF 2.1.0 log (%v):\n%s", err, data)
	}
	got := map[string]issue{}
	for _, r := range sarif.Runs[0].Results {
		if r.RuleID != "tcerrcheck" || len(r.Locations) != 1 {
			t.Errorf("result %+v: want rule tcerrcheck at one location", r)
			continue
		}
		loc := r.Locations[0].PhysicalLocation
		got[relPos(t, dir, filepath.Join(dir, loc.ArtifactLocation.URI), loc.Region.StartLine)] = issue{Text: r.Message.Text}
	}
	compare(t, "SARIF", got, e.expect(func(string) bool { return true }))
}

// goplsLine is a diagnostic line of "gopls check": file:line:col[-col]: message.
var goplsLine = regexp.MustCompile(`^(.+):(\d+):\d+(-\d+)?: (.*)$`)

// A gopls built by scripts/build-gopls.sh runs tcerrcheck among its own
// analyzers: "gopls check" shows what an editor on that gopls would.
// Other gopls analyzers may add lines, so only presence is checked.
func (e *e2e) testGopls(t *testing.T) {
	gopls := e.buildWith(t, "build-gopls.sh", "gopls-tcerrcheck")
	dir := e.copySample(t)
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no Go files in %s: %v", dir, err)
	}
	out, _ := e.runTool(t, dir, gopls, append([]string{"check"}, files...)...)
	got := map[string]bool{}
	for _, l := range strings.Split(string(out), "\n") {
		if m := goplsLine.FindStringSubmatch(l); m != nil {
			got[relPos(t, dir, m[1], atoi(t, m[2]))] = true
		}
	}
	for pos, c := range e.expect(func(pos string) bool { return !strings.Contains(pos, "/") }) {
		if !got[pos] {
			t.Errorf("gopls check: %s (want: %s) not reported\n%s", pos, c, out)
		}
	}
}
