package analyzer_test

import (
	"path/filepath"
	"testing"

	"github.com/tcerrcheck/tcerrcheck/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// testdata is the repository's testdata folder: the SDK stubs there at
// their real import paths are shared by every package's tests.
func testdata(t *testing.T) string {
	dir, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// Each package under testdata/src is one scenario.
func TestScenarios(t *testing.T) {
	// The retry checks have scenarios of their own.
	cfg := analyzer.Config{Disable: []string{"family-exact", "retry-incomplete"}}
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.New(cfg),
		"unknowncode", "wrongcase", "wrongproduct", "legacycode", "idioms", "fragments",
		"clean", "nosdk", "multiproduct", "suppress", "generated", "intlen", "fork", "reuse", "history", "deadbranch",
		"actionnearmiss", "cos", "cos/cosonly", "shadowedcase")
}

// An SDK error type asserted on errors wrapped first, with the default
// checks: reported at the assertion, and nothing behind it is judged.
func TestWrappedAssertions(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.New(analyzer.Config{}), "wrapped/...")
}

// Correct code stays silent with every check on.
func TestCleanWithAllChecks(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.New(analyzer.Config{}), "clean", "nosdk")
}

// SDK copies and forks: a renamed error type, no errors.go, package
// functions instead of Client methods, and an application's look-alike
// error struct; every check on.
func TestCopies(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.New(analyzer.Config{}), "copies")
}

// wrong-error-type: one SDK flavour's error type tested on an error only
// another flavour's client produced.
func TestMixedFlavors(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.New(only("wrong-error-type")), "mixedflavors")
}

// The SDK's generic client: requests named by strings, carried from the
// callers; look-alikes whose product is not known stay silent.
func TestGenericClient(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.New(analyzer.Config{}), "genericclient/...")
}

// A retry framework's predicate kept in a field of its configuration sees
// the errors of the functions the configuration runs.
func TestPredicateFields(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.New(analyzer.Config{}), "predicatefield/...")
}

// Errors the program builds itself with errors.NewTencentCloudSDKError:
// beside SDK calls their codes are valid too, in the function and through
// facts; alone they have no product to judge by. Every check on, the
// action checks too (a built code is documented by no action).
func TestHandBuilt(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.New(analyzer.Config{Enable: []string{"wrong-action"}}), "handbuilt/...")
}

// Calls of the standard library and golang.org/x handed nothing that can
// call back add nothing to an SDK error's origin; others keep it unknown.
func TestOutsideSDK(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.New(analyzer.Config{}), "outsidesdk")
}
