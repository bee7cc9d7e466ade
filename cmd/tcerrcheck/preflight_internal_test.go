package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runPreflight runs preflight on args and returns its status, whether it
// ended the command, and what it printed.
func runPreflight(args ...string) (code int, exit bool, stdout, stderr string) {
	var o, e bytes.Buffer
	code, exit = preflight(args, &o, &e)
	return code, exit, o.String(), e.String()
}

// Each mistake is one line on stderr and status 2, before any package is
// loaded.
func TestPreflightRefuses(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"-disable=wrong-cse", "./..."}, `invalid value "wrong-cse" for flag -disable: unknown category "wrong-cse"`},
		{[]string{"-pages=cvm=/no/such/page.md", "./..."}, "error-code page for cvm: open /no/such/page.md"},
		{[]string{"-disable=wrong-case", "-enable=wrong-case", "./..."}, `category "wrong-case" is in both -enable and -disable`},
		{[]string{"-retryable=RequestLimitExceeded,,", "./..."}, `invalid value "RequestLimitExceeded,," for flag -retryable: empty element`},
		{[]string{"-V=short"}, "want -V (or -version) for the version, -V=full for the go command"},
		{[]string{"-c=two", "./..."}, `invalid value "two" for flag -c`},
		{[]string{"-dissable=wrong-case", "./..."}, "flag provided but not defined: -dissable (tcerrcheck -help lists the flags)"},
		{[]string{"-explain=wrong-cse"}, `-explain: no category "wrong-cse"`},
		{[]string{"-cos-transient=Slow Down", "./..."}, `COS transient code "Slow Down" is not an error code`},
	} {
		code, exit, stdout, stderr := runPreflight(tt.args...)
		if code != exitUsage || !exit {
			t.Errorf("%q: status %d, exit %v; want %d, true", tt.args, code, exit, exitUsage)
		}
		if !strings.HasPrefix(stderr, "tcerrcheck: ") || !strings.Contains(stderr, tt.want) || strings.Count(stderr, "\n") != 1 {
			t.Errorf("%q: stderr %q, want one line containing %q", tt.args, stderr, tt.want)
		}
		if stdout != "" {
			t.Errorf("%q: stdout %q", tt.args, stdout)
		}
	}
}

// A good command line, and -help, go on to the driver.
func TestPreflightPasses(t *testing.T) {
	for _, args := range [][]string{
		{"./..."},
		{"-enable=all", "./..."},
		{"-disable=all", "-enable=inventory", "-json", "./..."},
		{"-enable=", "-allow=A.B, C.D", "./..."},
		{"-pages=cvm=../../testdata/pages/cvm-newer.md", "./..."}, // relative is fine standalone
		{"-c", "2", "-fix", "-test=false", "./..."},
		{"-help"},
		{"-flags"},
	} {
		if code, exit, stdout, stderr := runPreflight(args...); exit || code != exitOK || stdout+stderr != "" {
			t.Errorf("%q: status %d, exit %v, printed %q; want the driver to run", args, code, exit, stdout+stderr)
		}
	}
}

// Under go vet the tool is run on every dependency for its facts: those
// runs stay silent about a bad flag, and the packages vet was asked about
// say it, once each. A relative page path is refused there, since each
// package is checked in its own directory.
func TestPreflightUnderVet(t *testing.T) {
	dir := t.TempDir()
	dep := filepath.Join(dir, "dep.cfg")
	root := filepath.Join(dir, "root.cfg")
	os.WriteFile(dep, []byte(`{"ID": "fmt", "VetxOnly": true}`), 0o644)
	os.WriteFile(root, []byte(`{"ID": "example.com/p", "VetxOnly": false}`), 0o644)

	if code, exit, stdout, stderr := runPreflight("-disable=wrong-cse", dep); code != exitOK || !exit || stdout+stderr != "" {
		t.Errorf("dependency: status %d, exit %v, printed %q; want a silent 0", code, exit, stdout+stderr)
	}
	if code, exit, _, stderr := runPreflight("-disable=wrong-cse", root); code != exitUsage || !exit || strings.Count(stderr, "\n") != 1 {
		t.Errorf("root package: status %d, exit %v, stderr %q; want one line and %d", code, exit, stderr, exitUsage)
	}
	_, _, _, stderr := runPreflight("-pages=cvm=../../testdata/pages/cvm-newer.md", root)
	if !strings.Contains(stderr, "give the page's absolute path") {
		t.Errorf("relative page under vet: stderr %q", stderr)
	}
	abs, _ := filepath.Abs("../../testdata/pages/cvm-newer.md")
	if code, exit, _, stderr := runPreflight("-pages=cvm="+abs, root); exit || code != exitOK {
		t.Errorf("absolute page under vet: status %d, exit %v, stderr %q", code, exit, stderr)
	}
	// a good configuration: the driver runs on the dependency as usual
	if code, exit, _, _ := runPreflight("-disable=wrong-case", dep); exit || code != exitOK {
		t.Errorf("dependency, good flags: status %d, exit %v", code, exit)
	}
}

// -explain prints the doc comment's section on a category and ends the
// command with status 0.
func TestPreflightExplains(t *testing.T) {
	code, exit, stdout, stderr := runPreflight("-explain", "family-exact")
	if code != exitOK || !exit || stderr != "" {
		t.Fatalf("status %d, exit %v, stderr %q", code, exit, stderr)
	}
	if !strings.HasPrefix(stdout, "family-exact\n\n") || !strings.Contains(stdout, "strings.HasPrefix") {
		t.Errorf("stdout %q", stdout)
	}
}
