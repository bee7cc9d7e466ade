package gclplugin_test

import (
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestGolangciLint builds golangci-lint with the plugin the way
// scripts/build-golangci.sh documents, then runs it on the sample program
// (real SDK modules) as a user, a CI job and an editor would. Expectations
// come from the sample's "// want: <category>" markers, never from message
// text, so the sample and the analyzer can change under it.
func TestGolangciLint(t *testing.T) {
	if testing.Short() {
		t.Skip("builds golangci-lint (minutes on a cold build cache) and loads the real SDK; skipped with -short")
	}
	e := setupE2E(t)
	t.Run("ExampleConfig", e.testExampleConfig)
	t.Run("CategorySettings", e.testCategorySettings)
	t.Run("Nolint", e.testNolint)
	t.Run("Fix", e.testFix)
	t.Run("VSCode", e.testVSCode)
	t.Run("LangServer", e.testLangServer)
	t.Run("SARIF", e.testSARIF)
	t.Run("Gopls", e.testGopls)
}

// The committed example config reports every marker and nothing else, and
// golangci-lint passes on at most one fix per issue.
func (e *e2e) testExampleConfig(t *testing.T) {
	compare(t, "example config", e.baseline, e.markers)
	for pos, is := range e.baseline {
		if n := len(is.SuggestedFixes); n > 1 {
			t.Errorf("%s: %d suggested fixes, want at most 1 (golangci-lint applies them all)", pos, n)
		}
	}
}

// Settings reach the analyzer: with every other marked category disabled,
// exactly the markers of one category are reported. This is also how the
// categories of golangci-lint's category-less issues are checked.
func (e *e2e) testCategorySettings(t *testing.T) {
	dir := e.copySample(t)
	categories := slices.Sorted(maps.Keys(invert(e.markers)))
	for _, c := range categories {
		others := slices.DeleteFunc(slices.Clone(categories), func(o string) bool { return o == c })
		config := writeConfig(t, "          disable: ["+strings.Join(others, ", ")+"]\n")
		want := e.expect(func(pos string) bool { return !slices.Contains(others, e.markers[pos]) })
		compare(t, "only "+c, e.lintJSON(t, dir, config), want)
	}
}

// "//nolint:tcerrcheck" on a marked line silences that line only.
func (e *e2e) testNolint(t *testing.T) {
	dir := e.copySample(t)
	pos := slices.Sorted(maps.Keys(e.baseline))[0]
	file, line := splitPos(t, pos)
	editLine(t, filepath.Join(dir, file), line, func(s string) string {
		if strings.Contains(s, "// want:") {
			return strings.Replace(s, "// want:", "//nolint:tcerrcheck // want:", 1)
		}
		return s + " //nolint:tcerrcheck"
	})
	want := e.expect(func(p string) bool { return p != pos })
	compare(t, "nolint at "+pos, e.lintJSON(t, dir, e.exampleConfig()), want)
}

// --fix writes each issue's fix into the file and the fixed lines are no
// longer reported; misspelt codes (unknown-code) are among them.
func (e *e2e) testFix(t *testing.T) {
	dir := e.copySample(t)
	before := e.lintJSON(t, dir, e.exampleConfig())
	after := e.lintJSON(t, dir, e.exampleConfig(), "--fix")
	fixedMisspellings := 0
	for _, pos := range slices.Sorted(maps.Keys(before)) {
		fixes := before[pos].SuggestedFixes
		if len(fixes) == 0 {
			continue
		}
		file, line := splitPos(t, pos)
		text := readLine(t, filepath.Join(dir, file), line)
		for _, edit := range fixes[0].TextEdits {
			if !strings.Contains(text, string(edit.NewText)) {
				t.Errorf("%s after --fix: %q does not contain the fix's %q", pos, text, edit.NewText)
			}
		}
		if _, ok := after[pos]; ok {
			t.Errorf("%s still reported after --fix", pos)
		}
		if e.markers[pos] == "unknown-code" {
			fixedMisspellings++
		}
	}
	if fixedMisspellings == 0 {
		t.Error("--fix corrected no misspelt (unknown-code) marker")
	}
}

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
