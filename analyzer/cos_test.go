package analyzer_test

import (
	"testing"

	"github.com/tcerrcheck/tcerrcheck/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// The COS scenarios with every default check on: the API 3.0 checks
// (family-exact, retry-incomplete, wrong-error-type) add nothing to COS
// comparisons, and -disable turns the COS findings off like the others.
func TestCOSWithAllChecks(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.New(analyzer.Config{}), "cos", "cos/cosonly")
}

// -disable silences the COS findings: none reappears under another
// category.
func TestCOSDisabled(t *testing.T) {
	cfg := analyzer.Config{Disable: []string{"unknown-code", "wrong-case", "wrong-product"}}
	analysistest.Run(t, testdata(t), analyzer.New(cfg), "cos/disabled")
}

// -allow makes a code valid on COS errors too.
func TestCOSAllowed(t *testing.T) {
	cfg := analyzer.Config{AllowCodes: []string{"NoSuchKeys", "ResourceNotFound"}}
	analysistest.Run(t, testdata(t), analyzer.New(cfg), "cos/allowed")
}

// retry-incomplete for COS retry logic, by COS's transient codes.
func TestCOSRetry(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.New(only("retry-incomplete")), "cos/retry")
}

// COS codes passed to code helpers: one of COS codes alone, one shared by
// both SDKs and judged at each call by the error passed.
func TestCOSHelpers(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.New(analyzer.Config{Disable: []string{"family-exact"}}), "cos/helpers")
}

// A function both an API 3.0 classifier and a helper of COS codes: its
// calls in another package stay classifier comparisons (family-exact
// judges them there), as before COS helpers were recognised.
func TestCOSHelperYieldsToClassifier(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.New(analyzer.Config{}), "cos/yield/lib", "cos/yield/app")
}

// -cos-transient replaces COS's transient codes, in the message too.
func TestCOSTransientConfigured(t *testing.T) {
	cfg := analyzer.Config{Enable: []string{"retry-incomplete"}, Disable: []string{"unknown-code"}, COSTransientCodes: []string{"SlowDown", "RequestTimeout"}}
	analysistest.Run(t, testdata(t), analyzer.New(cfg), "cos/transient")
}
