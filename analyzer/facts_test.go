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

// Helpers that compare an error's code with their caller's codes: exact,
// first-segment, message-searching and code-taking ones, in another
// package and in the same one.
func TestHelperFacts(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.New(analyzer.Config{}), "helpers/...")
}

// Helpers built on helpers: a reflect-based membership test, a helper on
// it matching exactly and by first segment for both SDK flavors, and a
// retry classifier on that unwrapping with errors.Cause, with its own list
// and the caller's codes, called from another package.
func TestMembershipHelpers(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.New(analyzer.Config{}), "membership/...")
}

// A product package exports its actions' documented codes.
func TestActionFacts(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.New(analyzer.Config{}), "example.com/factsdk/tencentcloud/demo/v20200101")
}

func TestWrongAction(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.New(only("wrong-action")), "wrongaction")
}

// Lists from a product's fact, direct and through a wrapper package.
func TestWrongActionFromFacts(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.New(only("wrong-action")), "actionfacts")
}

// Classifier helpers with their own codes and no list parameter: checked
// against the union of their callers' origins in the package.
func TestClassifierHelpers(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.New(analyzer.Config{}), "classifiers/...")
}

// The provider's shapes: a service method's named error set on several
// paths, one err reused for a retry framework's result and inside its
// closure, github.com/pkg/errors' WithStack.
func TestProviderShapes(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.New(analyzer.Config{}), "providershapes")
}

// Method values passed to generic and plain helpers, in this package and
// another, carry the origin of the method.
func TestMethodValues(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.New(analyzer.Config{}), "methodvalues/...")
}
