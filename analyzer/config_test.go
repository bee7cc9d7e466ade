package analyzer_test

import (
	"flag"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tcerrcheck/tcerrcheck/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

func TestDisable(t *testing.T) {
	cfg := analyzer.Config{Disable: []string{"wrong-case", "legacy-code"}}
	analysistest.Run(t, testdata(t), analyzer.New(cfg), "disabled")
}

func TestAllow(t *testing.T) {
	cfg := analyzer.Config{AllowCodes: []string{"Private.QuotaExceeded"}}
	analysistest.Run(t, testdata(t), analyzer.New(cfg), "allowed")
}

// Flags write into the analyzer's own configuration, and a misspelt
// category is refused when the flag is parsed.
func TestFlags(t *testing.T) {
	a := analyzer.New(analyzer.Config{})
	if err := a.Flags.Set(analyzer.FlagDisable, "wrong-case,legacy-code"); err != nil {
		t.Fatalf("valid categories refused: %v", err)
	}
	err := a.Flags.Set(analyzer.FlagDisable, "wrong-cases")
	if err == nil || !strings.Contains(err.Error(), `unknown category "wrong-cases"`) {
		t.Fatalf("misspelt category: got %v", err)
	}
	if got := a.Flags.Lookup(analyzer.FlagDisable).Value.String(); got != "wrong-case,legacy-code" {
		t.Errorf("disable flag holds %q", got)
	}
	if other := analyzer.New(analyzer.Config{}); other.Flags.Lookup(analyzer.FlagDisable).Value.String() != "" {
		t.Error("a second analyzer shares the first one's settings")
	}
	analysistest.Run(t, testdata(t), a, "disabled")
}

// Codes on a user-supplied page are valid for the named product.
func TestPages(t *testing.T) {
	cfg := analyzer.Config{Pages: []string{"cvm=" + filepath.Join(testdata(t), "pages", "cvm-newer.md")}}
	analysistest.Run(t, testdata(t), analyzer.New(cfg), "pages")
}

// Malformed retryable families and pages fail when the flag is set.
func TestCheckedFlags(t *testing.T) {
	a := analyzer.New(analyzer.Config{})
	for flag, value := range map[string]string{
		analyzer.FlagRetryable: "RequestLimitExceeded,not a code",
		analyzer.FlagPages:     "cvm",
		analyzer.FlagEnable:    "nope",
	} {
		if err := a.Flags.Set(flag, value); err == nil {
			t.Errorf("-%s=%s accepted", flag, value)
		}
	}
	if err := a.Flags.Set(analyzer.FlagRetryable, "RequestLimitExceeded,ResourceInUse"); err != nil {
		t.Errorf("valid families refused: %v", err)
	}
}

// The flags take "all" and refuse empty list elements when they are
// parsed; a conflict between -enable and -disable is found by Validate.
func TestFlagsAllEmptyConflict(t *testing.T) {
	a := analyzer.New(analyzer.Config{})
	if err := a.Flags.Set(analyzer.FlagEnable, analyzer.CategoryAll); err != nil {
		t.Errorf("-enable=all refused: %v", err)
	}
	for flag, value := range map[string]string{
		analyzer.FlagRetryable: "RequestLimitExceeded,,",
		analyzer.FlagAllow:     "A.B,,C.D",
		analyzer.FlagDisable:   "wrong-case,",
		analyzer.FlagPages:     ",cvm=page.md",
	} {
		err := a.Flags.Set(flag, value)
		if err == nil || !strings.Contains(err.Error(), "empty element") {
			t.Errorf("-%s=%s: got %v, want an empty element error", flag, value, err)
		}
	}

	var cfg analyzer.Config
	fs := flag.NewFlagSet("tcerrcheck", flag.ContinueOnError)
	cfg.BindFlags(fs)
	if err := fs.Parse([]string{"-disable=wrong-case", "-enable=inventory,wrong-case", "./..."}); err != nil {
		t.Fatal(err)
	}
	if err := cfg.Validate(); err == nil || !strings.Contains(err.Error(), `"wrong-case" is in both -enable and -disable`) {
		t.Errorf("Validate = %v, want the wrong-case conflict", err)
	}
	if err := (&analyzer.Config{Enable: []string{"inventory"}, Disable: []string{"wrong-case"}}).Validate(); err != nil {
		t.Errorf("Validate of a good config: %v", err)
	}
	if err := (&analyzer.Config{Pages: []string{"cvm=/no/such/page.md"}}).Validate(); err == nil {
		t.Error("Validate accepted a missing page")
	}
}
