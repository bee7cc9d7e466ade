package analyzer_test

import (
	"testing"

	"github.com/tcerrcheck/tcerrcheck/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// Regressions of bugs found with hostile inputs: a code built with +=, a
// product with no known codes (an SDK older than its error-code files),
// and a retry helper whose own list covers every family. Each package
// expects silence.
func TestHostileBugs(t *testing.T) {
	for _, pkg := range []string{"hostile/bugs/opassign", "hostile/bugs/unknownproduct", "hostile/bugs/retryhelper"} {
		t.Run(pkg, func(t *testing.T) {
			analysistest.Run(t, testdata(t), analyzer.New(analyzer.Config{}), pkg)
		})
	}
}
