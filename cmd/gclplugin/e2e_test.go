package gclplugin_test

import (
	"maps"
	"path/filepath"
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
	t.Run("NewFixes", e.testNewFixes)
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
