package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// fixtureRepo builds a git repository from testdata/repos/<name>, whose
// subdirectories are releases: each is laid over the state of the one
// before (a .removed file lists paths to delete), committed on the date in
// its .date file, and tagged with its name and the extra tags of its .tags
// file. It stands in for a mirror of the SDK's repository, read by the
// same git commands.
func fixtureRepo(t *testing.T, name string) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	src := filepath.Join("testdata", "repos", name)
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	var rels []string
	for _, e := range entries {
		if e.IsDir() {
			rels = append(rels, e.Name())
		}
	}
	slices.SortFunc(rels, func(a, b string) int {
		x, _ := semver(a)
		y, _ := semver(b)
		return slices.Compare(x[:], y[:])
	})
	work := t.TempDir()
	git(t, work, "", "init", "-q")
	for _, rel := range rels {
		dir := filepath.Join(src, rel)
		for _, p := range lines(t, filepath.Join(dir, ".removed")) {
			if err := os.RemoveAll(filepath.Join(work, p)); err != nil {
				t.Fatal(err)
			}
		}
		copyOver(t, dir, work)
		for _, meta := range []string{".date", ".tags", ".removed"} {
			os.Remove(filepath.Join(work, meta))
		}
		date := strings.TrimSpace(string(must(os.ReadFile(filepath.Join(dir, ".date")))))
		git(t, work, date, "add", "-A")
		git(t, work, date, "commit", "-q", "-m", rel)
		for _, tag := range append([]string{rel}, lines(t, filepath.Join(dir, ".tags"))...) {
			git(t, work, date, "tag", tag)
		}
	}
	return filepath.Join(work, ".git")
}

// copyOver copies every file of dir into work, replacing what is there.
func copyOver(t *testing.T, dir, work string) {
	t.Helper()
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		target := filepath.Join(work, rel)
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		return os.WriteFile(target, must(os.ReadFile(path)), 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// git runs a git command in work, committing as a fixed author at date.
func git(t *testing.T, work, date string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-c", "user.name=fixture", "-c", "user.email=fixture@example.com", "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false"}, args...)...)
	cmd.Dir = work
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_DATE="+date+"T12:00:00Z", "GIT_COMMITTER_DATE="+date+"T12:00:00Z")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
}

// lines returns the non-empty lines of a file, none when it is missing.
func lines(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	return strings.Fields(string(b))
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// fixtureRepos are the two fixture SDKs, named and laid out as the real
// ones are.
func fixtureRepos(t *testing.T) []sdkRepo {
	return []sdkRepo{
		{name: "sdk", module: "github.com/example/sdk", dir: fixtureRepo(t, "sdk"), release: "v1.0.2"},
		{name: "sdk-intl-en", module: "github.com/example/sdk-intl-en", dir: fixtureRepo(t, "intl"), release: "v3.0.1"},
	}
}
