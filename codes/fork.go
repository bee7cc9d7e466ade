package codes

import (
	"go/types"
	"strings"
)

// A fork or copy of the SDK does not always keep the SDK's own paths. lego
// reaches dnspod through github.com/go-acme/tencentclouddnspod/v20210323,
// private-cloud editions carry the whole SDK under their own module and
// top folder. What they keep is a version folder v<YYYYMMDD> holding a
// Client that embeds the SDK's common.Client. Recognising such a package
// needs its scope, not its path alone, so that an application's own
// package that happens to end in a date is never taken for a product.

// IsProductPackage reports whether pkg is an SDK product package: by the
// SDK's own layout (…/tencentcloud/<product>/v<YYYYMMDD>), or a fork's
// version folder with an SDK-style Client.
func IsProductPackage(pkg *types.Package) bool {
	_, _, ok := productLayout(pkg)
	return ok
}

// productLayout returns the product name and API version of pkg.
func productLayout(pkg *types.Package) (name, version string, ok bool) {
	if pkg == nil {
		return "", "", false
	}
	if name, version, ok = ParseProductPath(pkg.Path()); ok {
		return name, version, true
	}
	if _, _, ok := parseForkPath(pkg.Path()); !ok || EmbeddedCommonClient(pkg) == nil {
		return "", "", false
	}
	return ProductNameOf(pkg.Path())
}

// ProductNameOf returns the product and API version a product package's
// path names, for packages already recognised as products (a fact's path,
// say). A fork's folder may prefix the product's name (tencentclouddnspod
// for dnspod): it is read as the catalogued product with that API version
// whose name ends the folder's, else as the folder's name.
func ProductNameOf(path string) (name, version string, ok bool) {
	if name, version, ok = ParseProductPath(path); ok {
		return name, version, true
	}
	folder, version, ok := parseForkPath(path)
	if !ok {
		return "", "", false
	}
	if CatalogHasVersion(folder, version) {
		return folder, version, true
	}
	for _, product := range CatalogProducts() {
		if strings.HasSuffix(folder, product) && CatalogHasVersion(product, version) {
			return product, version, true
		}
	}
	return folder, version, true
}

// parseForkPath splits …/<folder>/v<YYYYMMDD>.
func parseForkPath(path string) (folder, version string, ok bool) {
	rest, version, ok := cutLast(path)
	if !ok || !isAPIVersion(version) {
		return "", "", false
	}
	if i := strings.LastIndexByte(rest, '/'); i >= 0 {
		rest = rest[i+1:]
	}
	if !isProductName(rest) || rest == "common" {
		return "", "", false
	}
	return rest, version, true
}

// cataloguedVersion reports whether the catalog holds product at version.
func CatalogHasVersion(product, version string) bool {
	for _, v := range CatalogProductVersions(product) {
		if v == version {
			return true
		}
	}
	return false
}

// EmbeddedCommonClient returns the package of the Client that pkg's own
// Client type embeds (the SDK's common package, or a fork's), nil when pkg
// has no such Client. Every product of every SDK flavour and fork builds
// its Client that way, and that package decides which error type the
// product's calls return.
func EmbeddedCommonClient(pkg *types.Package) *types.Package {
	tn, ok := pkg.Scope().Lookup("Client").(*types.TypeName)
	if !ok {
		return nil
	}
	st, ok := tn.Type().Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	for i := range st.NumFields() {
		f := st.Field(i)
		if !f.Embedded() || f.Name() != "Client" {
			continue
		}
		t := f.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if named, ok := types.Unalias(t).(*types.Named); ok && named.Obj().Pkg() != nil && named.Obj().Pkg() != pkg {
			return named.Obj().Pkg()
		}
	}
	return nil
}

// IsOfficialPath reports whether path is inside one of the SDK's own
// modules, where an empty errors.go means an SDK release older than the
// error-code files, not a copy that left the file out.
// (A GOPATH-era vendor folder keeps the module's path after /vendor/.)
func IsOfficialPath(path string) bool {
	if i := strings.LastIndex(path, "/vendor/"); i >= 0 {
		path = path[i+len("/vendor/"):]
	}
	return strings.HasPrefix(path, "github.com/tencentcloud/"+SDKChinese+"/") ||
		strings.HasPrefix(path, "github.com/tencentcloud/"+SDKIntlEn+"/")
}
