package main_test

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// The sample under ../../sample is a separate module on the real SDK
// modules. Every line ending in "// want: <category>" must be reported with
// that category, and nothing else may be: the set of (file, line, category)
// reported must equal the set of markers exactly.

// TestVetOnSample runs the tool the way most users will, under go vet.
func TestVetOnSample(t *testing.T) {
	sample := prepareSample(t)
	bin := buildTool(t)
	stdout, stderr, err := runIn(sample, "go", "vet", "-json", "-vettool="+bin, "./...")
	if err != nil { // with -json, vet exits 0 even when it reports
		t.Fatalf("go vet -json failed: %v\nstdout:\n%s\nstderr:\n%s", err, stdout, stderr)
	}
	got := parseDiagnostics(t, sample, stdout, stderr)
	compare(t, got, scanMarkers(t, sample))
}

// TestStandaloneOnSample runs the binary directly, as `tcerrcheck ./...`.
func TestStandaloneOnSample(t *testing.T) {
	sample := prepareSample(t)
	bin := buildTool(t)
	want := scanMarkers(t, sample)

	stdout, stderr, err := runIn(sample, bin, "./...")
	// singlechecker exits 3 when it reported diagnostics, 1 when it failed.
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 3 {
		t.Errorf("tcerrcheck ./... = %v, want exit status 3 (diagnostics reported)\nstdout:\n%s\nstderr:\n%s", err, stdout, stderr)
	}
	if k, ok := firstOf(want, "unknown-code"); ok {
		pos := fmt.Sprintf("%s:%d:", k.file, k.line)
		if !strings.Contains(string(stdout)+string(stderr), pos) {
			t.Errorf("tcerrcheck ./... output does not mention %s (a marked unknown-code)\n%s%s", pos, stdout, stderr)
		}
	}

	stdout, stderr, err = runIn(sample, bin, "-json", "./...")
	if err != nil {
		t.Fatalf("tcerrcheck -json ./... failed: %v\nstdout:\n%s\nstderr:\n%s", err, stdout, stderr)
	}
	compare(t, parseDiagnostics(t, sample, stdout, stderr), want)
}

// key identifies one expected or reported diagnostic.
type key struct {
	file     string // slash path relative to the sample directory
	line     int
	category string
}

func (k key) String() string { return fmt.Sprintf("%s:%d: %s", k.file, k.line, k.category) }

// prepareSample skips the test when it cannot run, and returns the sample
// directory otherwise.
func prepareSample(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("integration test: builds tcerrcheck and loads the real SDK modules; skipped with -short")
	}
	sample, err := filepath.Abs(filepath.Join("..", "..", "sample"))
	if err != nil {
		t.Fatal(err)
	}
	if stdout, stderr, err := runIn(sample, "go", "mod", "download"); err != nil {
		t.Skipf("the SDK modules the sample needs cannot be downloaded (go mod download: %v); "+
			"run with network access or a GOPROXY that serves them\n%s%s", err, stdout, stderr)
	}
	return sample
}

// buildTool builds ./cmd/tcerrcheck into a fresh temporary directory.
func buildTool(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "tcerrcheck")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// runIn runs a command in dir. GOFLAGS=-mod=mod lets missing go.sum lines
// be filled in instead of failing; GOWORK=off keeps any workspace out.
func runIn(dir, name string, args ...string) (stdout, stderr []byte, err error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err = cmd.Run()
	return o.Bytes(), e.Bytes(), err
}

// jsonDiagnostic is one entry of the analysis JSON tree.
type jsonDiagnostic struct {
	Category string `json:"category"`
	Posn     string `json:"posn"`
	Message  string `json:"message"`
}

// parseDiagnostics reads the JSON that go vet -json and tcerrcheck -json
// print: pretty-printed objects {"<package>": {"<analyzer>": [diagnostics]
// or {"error": "..."}}}. Depending on the Go version they go to stdout or
// stderr, between "# package" headers and "go: downloading" lines, so both
// streams are scanned for top-level objects. The message of each reported
// key is kept for the failure report.
func parseDiagnostics(t *testing.T, sample string, streams ...[]byte) map[key]string {
	t.Helper()
	got := map[key]string{}
	for _, obj := range topLevelObjects(streams...) {
		var tree map[string]map[string]json.RawMessage
		if err := json.Unmarshal(obj, &tree); err != nil {
			t.Fatalf("cannot parse analysis JSON: %v\n%s", err, obj)
		}
		for pkg, byAnalyzer := range tree {
			for name, raw := range byAnalyzer {
				var diags []jsonDiagnostic
				if err := json.Unmarshal(raw, &diags); err != nil {
					t.Errorf("%s: %s failed: %s", pkg, name, raw)
					continue
				}
				for _, d := range diags {
					k := key{category: d.Category}
					k.file, k.line = splitPosn(t, sample, d.Posn)
					got[k] = d.Message
				}
			}
		}
	}
	return got
}

// topLevelObjects returns the JSON objects that start with a line "{" and
// end with a line "}", ignoring everything in between them.
func topLevelObjects(streams ...[]byte) [][]byte {
	var objs [][]byte
	for _, s := range streams {
		var cur []byte
		in := false
		sc := bufio.NewScanner(bytes.NewReader(s))
		sc.Buffer(nil, 16<<20)
		for sc.Scan() {
			line := sc.Text()
			switch {
			case !in && line == "{":
				in, cur = true, []byte("{\n")
			case in:
				cur = append(append(cur, line...), '\n')
				if line == "}" {
					objs, in = append(objs, cur), false
				}
			}
		}
	}
	return objs
}

// splitPosn turns "file:line:col" into the file relative to the sample
// directory and the line.
func splitPosn(t *testing.T, sample, posn string) (string, int) {
	t.Helper()
	file, rest, ok := cutLast(posn) // strip column
	if ok {
		file, rest, ok = cutLast(file) // strip line
	}
	line, err := strconv.Atoi(rest)
	if !ok || err != nil {
		t.Fatalf("cannot parse position %q", posn)
	}
	if rel, err := filepath.Rel(sample, file); err == nil && filepath.IsAbs(file) {
		file = rel
	}
	return filepath.ToSlash(file), line
}

func cutLast(s string) (before, after string, ok bool) {
	i := strings.LastIndexByte(s, ':')
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+1:], true
}

// marker is the one accepted marker syntax; anything else mentioning
// "want:" in a comment is a mistake in the sample and fails the test.
var (
	marker          = regexp.MustCompile(`// want: ([a-z]+(?:-[a-z]+)*)$`)
	looksLikeMarker = regexp.MustCompile(`//\s*want\b`)
)

// scanMarkers reads every .go file of the sample for "// want: <category>".
func scanMarkers(t *testing.T, sample string) map[key]bool {
	t.Helper()
	want := map[key]bool{}
	err := filepath.WalkDir(sample, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(sample, path)
		for i, line := range strings.Split(string(data), "\n") {
			line = strings.TrimRight(line, " \t\r")
			m := marker.FindStringSubmatch(line)
			if m == nil {
				if looksLikeMarker.MatchString(line) {
					t.Errorf("%s:%d: malformed marker, want exactly `// want: <category>` at the end of the line", rel, i+1)
				}
				continue
			}
			want[key{filepath.ToSlash(rel), i + 1, m[1]}] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(want) == 0 {
		t.Fatal("the sample has no // want: markers")
	}
	return want
}

// compare fails with the markers nothing reported and the reports no marker
// asked for, each sorted by position.
func compare(t *testing.T, got map[key]string, want map[key]bool) {
	t.Helper()
	var missing, unexpected []key
	for k := range want {
		if _, ok := got[k]; !ok {
			missing = append(missing, k)
		}
	}
	for k := range got {
		if !want[k] {
			unexpected = append(unexpected, k)
		}
	}
	if len(missing) > 0 {
		t.Errorf("%d marked defects were not reported:%s", len(missing), list(missing, nil))
	}
	if len(unexpected) > 0 {
		t.Errorf("%d diagnostics have no marker:%s", len(unexpected), list(unexpected, got))
	}
	if len(missing)+len(unexpected) == 0 {
		t.Logf("all %d marked defects reported, nothing else", len(want))
	}
}

// list formats keys one per line in position order, with their messages
// when msgs has them.
func list(keys []key, msgs map[key]string) string {
	slices.SortFunc(keys, byPosition)
	var b strings.Builder
	for _, k := range keys {
		b.WriteString("\n\t" + k.String())
		if msg := msgs[k]; msg != "" {
			b.WriteString(": " + msg)
		}
	}
	return b.String()
}

func byPosition(a, b key) int {
	return cmp.Or(strings.Compare(a.file, b.file), cmp.Compare(a.line, b.line), strings.Compare(a.category, b.category))
}

// firstOf returns the first marker of the category, by position.
func firstOf(want map[key]bool, category string) (key, bool) {
	var keys []key
	for k := range want {
		if k.category == category {
			keys = append(keys, k)
		}
	}
	slices.SortFunc(keys, byPosition)
	if len(keys) == 0 {
		return key{}, false
	}
	return keys[0], true
}
