package main_test

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// These run the built command on a one-package module that imports only
// the standard library (no network): bad input is one line and status 2
// standalone, one line per package vet was asked about under go vet (not
// the usage, not once per dependency), and a clean package is status 0.

// tinyModule writes a module whose package uses errors, so that go vet
// also runs the tool on a few dependencies for their facts.
func tinyModule(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"go.mod": "module example.com/tiny\n\ngo 1.26\n",
		"p.go":   "package tiny\n\nimport \"errors\"\n\n// Err is returned.\nvar Err = errors.New(\"x\")\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func exitCode(err error) int {
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return exit.ExitCode()
	}
	if err != nil {
		return -1
	}
	return 0
}

func TestBadFlagsOneLine(t *testing.T) {
	dir := tinyModule(t)
	bin := buildTool(t)
	for _, flags := range [][]string{
		{"-disable=wrong-cse"},
		{"-pages=cvm=/no/such/page.md"},
		{"-enable=wrong-case", "-disable=wrong-case"},
	} {
		_, stderr, err := runIn(dir, bin, append(flags, "./...")...)
		if exitCode(err) != 2 || strings.Count(string(stderr), "\n") != 1 {
			t.Errorf("tcerrcheck %s ./...: %v, stderr:\n%s\nwant status 2 and one line", flags, err, stderr)
		}

		_, stderr, err = runIn(dir, "go", append(append([]string{"vet", "-vettool=" + bin}, flags...), "./...")...)
		var said []string
		for _, line := range strings.Split(strings.TrimSpace(string(stderr)), "\n") {
			if !strings.HasPrefix(line, "#") {
				said = append(said, line)
			}
		}
		if err == nil || len(said) != 1 || !strings.HasPrefix(said[0], "tcerrcheck: ") {
			t.Errorf("go vet -vettool %s ./...: %v, stderr:\n%s\nwant a failure and one line", flags, err, stderr)
		}
	}
}

// A clean package: status 0 standalone and under go vet, which first asks
// the tool for -V=full and would stop on a line it cannot parse.
func TestCleanExitZero(t *testing.T) {
	dir := tinyModule(t)
	bin := buildTool(t)
	for _, args := range [][]string{
		{bin, "./..."},
		{bin, "-enable=all", "./..."},
		{"go", "vet", "-vettool=" + bin, "./..."},
		{"go", "vet", "-vettool=" + bin, "-disable=all", "-enable=inventory", "./..."},
	} {
		if stdout, stderr, err := runIn(dir, args[0], args[1:]...); err != nil {
			t.Errorf("%s: %v\n%s%s", args, err, stdout, stderr)
		}
	}
}
