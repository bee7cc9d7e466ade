package extract

import (
	"go/types"

	"github.com/tcerrcheck/tcerrcheck/codes"
)

// returnedErrors describes the SDK error types an origin's calls return,
// by the packages that declare them.
type returnedErrors struct {
	From map[string]bool // errors packages, and product packages declaring their own type
	Name string          // the type, for messages
}

// AnyIn reports whether one of the packages is in set.
func (r returnedErrors) AnyIn(set map[string]bool) bool {
	for p := range r.From {
		if set[p] {
			return true
		}
	}
	return false
}

// ReturnedErrors works out which error types the calls of a known origin
// return. ok is false when that is not certain for every call: a product
// out of view, a Client that embeds no common Client, or a fork whose
// errors package is out of view (its calls may return a type of their
// own). The published SDKs' calls return their errors package's
// TencentCloudSDKError, in view or not.
func (v *View) ReturnedErrors(o Origin) (returnedErrors, bool) {
	ret := returnedErrors{From: map[string]bool{}}
	for _, c := range o.Calls {
		pkg := v.ProductPackage(c.Product.Path)
		if pkg == nil {
			return returnedErrors{}, false
		}
		path, ok := codes.ErrorsPathOf(pkg)
		if !ok {
			return returnedErrors{}, false
		}
		name, ok := v.errorTypeName(path)
		if !ok {
			return returnedErrors{}, false
		}
		if ret.Name == "" {
			ret.Name = name
		}
		ret.From[path] = true
		// The published SDKs declare their error type in common/errors
		// only; a copy or fork may declare one in the product package.
		if !codes.IsOfficialPath(pkg.Path()) && len(v.sdkErrorTypesIn(pkg)) > 0 {
			ret.From[pkg.Path()] = true
		}
	}
	return ret, true
}

// errorTypeName names the SDK error type of the errors package at path:
// "*<path>.TencentCloudSDKError".
func (v *View) errorTypeName(path string) (string, bool) {
	if pkg := v.packageInView(path); pkg != nil {
		if tns := v.sdkErrorTypesIn(pkg); len(tns) == 1 {
			return "*" + path + "." + tns[0].Name(), true
		}
		return "", false
	}
	if codes.IsOfficialPath(path) {
		return "*" + path + ".TencentCloudSDKError", true
	}
	return "", false
}

// packageInView returns the package with the given path among those the
// package under analysis imports, directly or not; nil when there is none.
func (v *View) packageInView(path string) *types.Package {
	if v.allInView == nil {
		v.allInView = map[string]*types.Package{}
		var walk func(*types.Package)
		walk = func(pkg *types.Package) {
			if _, seen := v.allInView[pkg.Path()]; seen {
				return
			}
			v.allInView[pkg.Path()] = pkg
			for _, imp := range pkg.Imports() {
				walk(imp)
			}
		}
		walk(v.st.Pass.Pkg)
	}
	return v.allInView[path]
}

// sdkErrorTypesIn is codes.SDKErrorTypesIn, remembered for the pass: every
// type assertion of a function asks it of the same few product packages.
func (v *View) sdkErrorTypesIn(pkg *types.Package) []*types.TypeName {
	tns, ok := v.errorTypes[pkg]
	if !ok {
		tns = codes.SDKErrorTypesIn(pkg)
		v.errorTypes[pkg] = tns
	}
	return tns
}
