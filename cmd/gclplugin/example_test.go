package gclplugin_test

import (
	"flag"
	"os"
	"regexp"
	"testing"

	"github.com/tcerrcheck/tcerrcheck/analyzer"
)

// .golangci.example.yml shows every setting. An option added to the
// analyzer works in golangci-lint at once (settings map onto flags); this
// test asks for its line in the example, with a comment saying what it does.
func TestExampleShowsEverySetting(t *testing.T) {
	example, err := os.ReadFile("../../.golangci.example.yml")
	if err != nil {
		t.Fatal(err)
	}
	analyzer.New(analyzer.Config{}).Flags.VisitAll(func(f *flag.Flag) {
		key := regexp.MustCompile(`(?m)^ {10}` + regexp.QuoteMeta(f.Name) + `:`)
		if !key.Match(example) {
			t.Errorf(".golangci.example.yml does not show setting %q (%s): add it under settings, with its default", f.Name, f.Usage)
		}
	})
}
