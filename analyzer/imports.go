package analyzer

import (
	"github.com/tcerrcheck/tcerrcheck/codes"
	"golang.org/x/tools/go/analysis"
)

// usesSDK reports whether the package may compare SDK error codes: it
// imports an SDK package, or a package that exported facts about SDK
// errors (a wrapper around a client). The SDK's own packages are not
// checked.
func usesSDK(pass *analysis.Pass) bool {
	pkg := pass.Pkg
	if pkg == nil || codes.IsSDKPath(pkg.Path()) {
		return false
	}
	for _, imp := range pkg.Imports() {
		if codes.IsSDKPath(imp.Path()) || pass.ImportPackageFact(imp, new(sdkUserFact)) {
			return true
		}
	}
	return false
}
