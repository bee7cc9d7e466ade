package gclplugin_test

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// markerRE is the sample's marker: a line ending in "// want: <category>"
// is a defect tcerrcheck must report with that category.
var markerRE = regexp.MustCompile(`// want: ([a-z-]+)\s*$`)

// scanMarkers maps "file.go:line" (slash path relative to dir) to the
// category of each marker in dir's Go files.
func scanMarkers(t *testing.T, dir string) map[string]string {
	markers := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		sc := bufio.NewScanner(bytes.NewReader(data))
		for line := 1; sc.Scan(); line++ {
			if m := markerRE.FindStringSubmatch(sc.Text()); m != nil {
				markers[fmt.Sprintf("%s:%d", filepath.ToSlash(rel), line)] = m[1]
			}
		}
		return sc.Err()
	})
	if err != nil {
		t.Fatal(err)
	}
	return markers
}

// copySample copies sample/ into a fresh directory the subtest may edit.
func (e *e2e) copySample(t *testing.T) string {
	src := filepath.Join(e.root, "sample")
	dst, err := filepath.EvalSymlinks(t.TempDir()) // abs paths from golangci-lint are resolved ones
	if err != nil {
		t.Fatal(err)
	}
	err = filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

// relPos turns an issue's file and line into a marker key relative to dir.
func relPos(t *testing.T, dir, file string, line int) string {
	rel, err := filepath.Rel(dir, file)
	if err != nil || strings.HasPrefix(rel, "..") {
		t.Fatalf("issue in %s, outside %s", file, dir)
	}
	return fmt.Sprintf("%s:%d", filepath.ToSlash(rel), line)
}

func invert(m map[string]string) map[string]string {
	inv := map[string]string{}
	for k, v := range m {
		inv[v] = k
	}
	return inv
}

func splitPos(t *testing.T, pos string) (string, int) {
	i := strings.LastIndexByte(pos, ':')
	return filepath.FromSlash(pos[:i]), atoi(t, pos[i+1:])
}

func atoi(t *testing.T, s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func readLine(t *testing.T, path string, line int) string {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	if line < 1 || line > len(lines) {
		t.Fatalf("%s has no line %d", path, line)
	}
	return lines[line-1]
}

func editLine(t *testing.T, path string, line int, edit func(string) string) {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	lines[line-1] = edit(lines[line-1])
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
}
