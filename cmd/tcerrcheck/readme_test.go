package main_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The README's command lines for go vet and for CI, run as a user would:
// they must fail loudly when tcerrcheck is missing, and the JSON recipe
// must fail on findings and pass on a clean module.

func readme(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// shBlocks returns the README's ```sh blocks.
func shBlocks(text string) []string {
	var blocks []string
	for _, m := range regexp.MustCompile("(?s)```sh\n(.*?)```").FindAllStringSubmatch(text, -1) {
		blocks = append(blocks, m[1])
	}
	return blocks
}

// Every -vettool= in the README takes a path that cannot be empty: a
// command substitution falls back to a name that does not exist, so a
// missing tool fails instead of becoming -vettool= and stock vet.
func TestReadmeVettoolNeverEmpty(t *testing.T) {
	matches := regexp.MustCompile(`-vettool=(\S+(?: \S+)*?\)"?|\S+)`).FindAllStringSubmatch(readme(t), -1)
	if len(matches) == 0 {
		t.Fatal("the README has no -vettool= line")
	}
	for _, m := range matches {
		v := m[1]
		if strings.Contains(v, "$(") && (!strings.HasPrefix(v, `"$(`) || !strings.Contains(v, "|| echo ")) {
			t.Errorf("README: -vettool=%s can be empty when the tool is missing; write \"$(command -v tcerrcheck || echo tcerrcheck-not-installed)\"", v)
		}
	}
}

// The README's first go vet line fails, naming the missing tool, where
// tcerrcheck is not installed.
func TestReadmeVettoolMissing(t *testing.T) {
	var line string
	for _, b := range shBlocks(readme(t)) {
		for _, l := range strings.Split(b, "\n") {
			if line == "" && strings.HasPrefix(l, "go vet -vettool=") {
				line, _, _ = strings.Cut(l, " # ")
			}
		}
	}
	if line == "" {
		t.Fatal("no go vet line in the README's sh blocks")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("sh", "-c", line)
	cmd.Dir = tinyModule(t)
	cmd.Env = append(os.Environ(), "PATH="+filepath.Dir(goBin)+":/usr/bin:/bin")
	out, err := cmd.CombinedOutput()
	if err == nil || !strings.Contains(string(out), "tcerrcheck-not-installed") {
		t.Errorf("%s without tcerrcheck: %v\n%s\nwant a failure naming the missing tool", line, err, out)
	}
}

// jsonRecipe returns the README's sh block that fails on -json findings,
// after checking that the CI section's YAML runs the same lines.
func jsonRecipe(t *testing.T) string {
	t.Helper()
	text := readme(t)
	for _, b := range shBlocks(text) {
		if strings.HasPrefix(b, "tcerrcheck -json ./... >") {
			for _, l := range strings.Split(strings.TrimSpace(b), "\n") {
				if !strings.Contains(text, "\n          "+l+"\n") {
					t.Errorf("the CI section's YAML lacks the recipe's line %q", l)
				}
			}
			return b
		}
	}
	t.Fatal("no sh block starting with tcerrcheck -json ./... > in the README")
	return ""
}

// runRecipe runs script with bash in dir, with bin first on PATH.
func runRecipe(t *testing.T, script, dir, bin string) ([]byte, error) {
	cmd := exec.Command("bash", "-e", "-c", script)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PATH="+filepath.Dir(bin)+":"+os.Getenv("PATH"), "GOFLAGS=-mod=mod", "GOWORK=off")
	return cmd.CombinedOutput()
}

// On a clean module the recipe passes.
func TestReadmeJSONRecipeClean(t *testing.T) {
	recipe := jsonRecipe(t)
	if out, err := runRecipe(t, recipe, tinyModule(t), buildTool(t)); err != nil {
		t.Errorf("the README's -json recipe on a clean module: %v\n%s", err, out)
	}
}

// On the sample, whose defects -json reports with exit status 0, the
// recipe fails and says so.
func TestReadmeJSONRecipeFindings(t *testing.T) {
	sample := prepareSample(t)
	dir := t.TempDir()
	copyTree(t, sample, dir)
	out, err := runRecipe(t, jsonRecipe(t), dir, buildTool(t))
	if exitCode(err) != 1 || !strings.Contains(string(out), "tcerrcheck: findings, see tcerrcheck.json") {
		t.Errorf("the README's -json recipe on the sample: %v\n%s\nwant exit status 1 and the message", err, out)
	}
}

// The README's install line for a clone installs a working tcerrcheck.
func TestReadmeInstallFromClone(t *testing.T) {
	var line string
	for _, b := range shBlocks(readme(t)) {
		for _, l := range strings.Split(b, "\n") {
			if strings.HasPrefix(l, "go install ./") {
				line, _, _ = strings.Cut(l, " # ")
			}
		}
	}
	if line == "" {
		t.Fatal("no go install ./... line in the README's sh blocks")
	}
	gobin := t.TempDir()
	cmd := exec.Command("sh", "-c", line)
	cmd.Dir = filepath.Join("..", "..")
	cmd.Env = append(os.Environ(), "GOBIN="+gobin)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", line, err, out)
	}
	out, err := exec.Command(filepath.Join(gobin, "tcerrcheck"), "-V").Output()
	if err != nil || !strings.Contains(string(out), "catalog of SDK releases: ") {
		t.Errorf("the installed tcerrcheck -V: %v\n%s", err, out)
	}
}
