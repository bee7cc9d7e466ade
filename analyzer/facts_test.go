package analyzer_test

import (
	"testing"

	"github.com/tcerrcheck/tcerrcheck/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// Error origins cross functions and packages as facts: a wrapper package,
// a package importing only the wrapper, and the comparisons in a third.
func TestWrapperFacts(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.New(analyzer.Config{}), "wrappers/...")
}
