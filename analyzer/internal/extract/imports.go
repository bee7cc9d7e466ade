package extract

import (
	"go/types"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/codes"
	"golang.org/x/tools/go/analysis"
)

// UsesSDK reports whether the package may compare SDK error codes: it
// imports an SDK package, or a package that exported facts about SDK
// errors (a wrapper around a client). The SDK's own packages are not
// checked.
func UsesSDK(pass *analysis.Pass) bool {
	pkg := pass.Pkg
	if pkg == nil || isSDKPackage(pkg) {
		return false
	}
	for _, imp := range pkg.Imports() {
		if codes.IsSDKPath(imp.Path()) || codes.IsSDKErrorsPath(imp.Path()) || codes.IsProductPackage(imp) ||
			pass.ImportPackageFact(imp, new(SdkUserFact)) {
			return true
		}
	}
	return false
}

// isSDKPackage reports whether pkg is part of an SDK: a product package, or
// a package under an SDK's common tree (<root>/common, as in
// tencentcloud/common, or a fork's own) that imports nothing but the
// standard library and that same tree, as the SDK's common packages do. A
// program's own package at such a path (the Terraform provider keeps its
// RetryError and IsExpectError in .../tencentcloud/common) imports much
// else, and is analyzed.
func isSDKPackage(pkg *types.Package) bool {
	path := pkg.Path()
	if codes.IsProductPackage(pkg) {
		return true
	}
	i := strings.LastIndex("/"+path+"/", "/common/")
	if i < 0 {
		return false
	}
	root := "common" // "/"+path+"/" has the tree's "/common/" at i
	if i > 0 {
		root = path[:i-1] + "/common"
	}
	for _, imp := range pkg.Imports() {
		p := imp.Path()
		first, _, _ := strings.Cut(p, "/")
		if strings.Contains(first, ".") && p != root && !strings.HasPrefix(p, root+"/") {
			return false
		}
	}
	return true
}

// DeclaresSummarizedHelper reports whether the package exports a function
// that takes a func returning an error and returns an error, or one shaped
// like a membership test (membershipShaped), looking at signatures only.
func DeclaresSummarizedHelper(pass *analysis.Pass) bool {
	scope := pass.Pkg.Scope()
	for _, name := range scope.Names() {
		switch obj := scope.Lookup(name).(type) {
		case *types.Func:
			if obj.Exported() && (takesErrorFunc(obj) || membershipShaped(obj) || mapsAnError(obj)) {
				return true
			}
		case *types.TypeName:
			if named, ok := obj.Type().(*types.Named); ok && obj.Exported() {
				for i := range named.NumMethods() {
					if m := named.Method(i); m.Exported() && takesErrorFunc(m) {
						return true
					}
				}
			}
		}
	}
	return false
}

// membershipShaped: func(list, value) bool where the list can hold codes
// and the value can be one (detectMembership decides from the body).
func membershipShaped(fn *types.Func) bool {
	sig := fn.Type().(*types.Signature)
	_, _, ok := membershipParams(sig)
	return sig.Recv() == nil && ok && sig.Results().Len() == 1 && isBool(sig.Results().At(0).Type())
}

// mapsAnError: func(err error) error, the shape of wrappers (Wrap,
// WithStack) and unwrappers (Cause, Unwrap) of every error library.
func mapsAnError(fn *types.Func) bool {
	sig := fn.Type().(*types.Signature)
	return sig.Recv() == nil && sig.Params().Len() == 1 && sig.Results().Len() == 1 &&
		types.Identical(sig.Params().At(0).Type(), errorType) && types.Identical(sig.Results().At(0).Type(), errorType)
}
