package analyzer_test

import (
	"testing"

	"github.com/tcerrcheck/tcerrcheck/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// only returns a configuration with just the named categories on.
func only(categories ...string) analyzer.Config {
	on := map[string]bool{}
	for _, c := range categories {
		on[c] = true
	}
	var off []string
	for _, c := range []string{"unknown-code", "wrong-case", "wrong-product", "legacy-code", "removed-code", "family-exact", "retry-incomplete", "wrong-error-type", "wrong-action", "inventory", "prefer-constant"} {
		if !on[c] {
			off = append(off, c)
		}
	}
	return analyzer.Config{Enable: categories, Disable: off}
}

func TestFamilyExact(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.New(only("family-exact")), "familyexact")
}

func TestFamilyExactAll(t *testing.T) {
	cfg := only("family-exact")
	cfg.FamilyExactAll = true
	analysistest.Run(t, testdata(t), analyzer.New(cfg), "familyexactall")
}

func TestRetryIncomplete(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.New(only("retry-incomplete")), "retry")
}

// prefer-constant: literals whose value is a constant of the producing
// product's package, with fixes that use the file's import or add one.
func TestPreferConstant(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.New(only("prefer-constant")), "preferconst")
}
