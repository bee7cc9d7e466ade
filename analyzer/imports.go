package analyzer

import (
	"go/types"

	"github.com/tcerrcheck/tcerrcheck/codes"
)

// importsSDK reports whether pkg uses the SDK directly: only such a
// package can type-assert an SDK error or call a product client. The SDK's
// own packages are not checked.
func importsSDK(pkg *types.Package) bool {
	if pkg == nil || codes.IsSDKPath(pkg.Path()) {
		return false
	}
	for _, imp := range pkg.Imports() {
		if codes.IsSDKPath(imp.Path()) {
			return true
		}
	}
	return false
}
