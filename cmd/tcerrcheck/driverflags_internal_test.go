package main

import (
	"encoding/json"
	"flag"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"testing"

	"github.com/tcerrcheck/tcerrcheck/analyzer"
)

// TestDriverFlags checks driverFlags against the flags the built command
// has: those it lists for go vet (-flags) and those -help shows (which
// adds the standalone-only ones), less the analyzer's and -V/-version.
// A flag the driver gains in an x/tools upgrade fails here, not in
// preflight, where it would be refused as undefined.
func TestDriverFlags(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "tcerrcheck")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	ours := map[string]bool{"V": true, "version": true, "explain": true}
	analyzer.New(analyzer.Config{}).Flags.VisitAll(func(f *flag.Flag) { ours[f.Name] = true })

	out, err := exec.Command(bin, "-flags").Output()
	if err != nil {
		t.Fatalf("-flags: %v", err)
	}
	var listed []struct {
		Name string
		Bool bool
	}
	if err := json.Unmarshal(out, &listed); err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range listed {
		names = append(names, f.Name)
		if kind, ok := driverFlags[f.Name]; ok && (kind == "bool") != f.Bool {
			t.Errorf("-%s: -flags says bool %v, driverFlags says %s", f.Name, f.Bool, kind)
		}
	}
	help, _ := exec.Command(bin, "-help").CombinedOutput() // exits 0 or 2 by Go version
	for _, m := range regexp.MustCompile(`(?m)^  -(\S+)`).FindAllSubmatch(help, -1) {
		names = append(names, string(m[1]))
	}
	if len(names) == len(listed) {
		t.Fatalf("-help lists no flags:\n%s", help)
	}
	for _, name := range names {
		if _, ok := driverFlags[name]; !ok && !ours[name] {
			t.Errorf("the driver has -%s, which driverFlags lacks", name)
		}
	}
	for name := range driverFlags {
		if !slices.Contains(names, name) {
			t.Errorf("driverFlags has -%s, which the driver no longer has", name)
		}
	}
}
