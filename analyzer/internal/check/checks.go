package check

// checkFunc decides whether one category explains what is wrong with a
// compared value that is not valid for its origin.
type checkFunc func(k *knowledge, q query) (verdict, bool)

// invalidCodeChecks are put to an invalid code in this order; the first
// that applies classifies it, so each code gets one diagnostic.
var invalidCodeChecks = []struct {
	category string
	check    checkFunc
}{
	{catWrongCase, checkWrongCase},
	{catLegacyCode, checkLegacyCode},
	{catRemovedCode, checkRemovedCode},
	{catWrongProd, checkWrongProduct},
	{catWrongProd, checkCOSCodeOnAPI3},          // cos_checks.go
	{catWrongProd, checkFragmentOfOtherProduct}, // fragment.go
	{catUnknownCode, checkMisspeltFragment},
	{catUnknownCode, checkUnknownCode},
}
