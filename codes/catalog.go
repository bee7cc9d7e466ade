package codes

import _ "embed"

// The catalog holds the codes every pinned SDK product declares and the
// codes each of its actions documents, generated from the SDK source by
// internal/gen/catalog (format described in its encode.go). It lets the
// analyzer know a product's codes when the SDK package in view is older
// than the code being compared, or not in view at all.
//
// It is embedded as a string so that codes, product names, modules and
// versions are substrings of the binary's read-only data, and decoded on
// first use, a product at a time: a program that never asks pays nothing,
// one that asks about cvm pays for cvm (about 0.3 ms and 60 KB, see
// BenchmarkCatalogFirstProduct). catalog_generate.go regenerates it.
//
//go:embed catalog.bin
var catalogBin string

// Module is a module version the catalog read a product's codes from.
type Module struct {
	Path    string // e.g. "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm"
	Version string // e.g. "v1.3.162"
	Date    string // the version's tag date, YYYY-MM-DD, "" when unknown
}

// CatalogRelease describes which SDK snapshot the catalog reflects, e.g.
// "tencentcloud-sdk-go product modules up to v1.3.166 (2026-08-21) + …".
func CatalogRelease() string { return loadCatalog().release }

// CatalogProducts lists the products in the catalog, sorted. Callers must
// not modify the result.
func CatalogProducts() []string { return loadCatalog().products }

// CatalogProductCodes returns every code the product declares in any
// catalogued version (nil for an unknown product). Callers must not modify
// the result.
func CatalogProductCodes(product string) Set {
	if p := loadCatalog().product(product); p != nil {
		return p.set
	}
	return nil
}

// CatalogProductCodeList returns the codes of CatalogProductCodes as a
// sorted list (nil for an unknown product). Callers must not modify it.
func CatalogProductCodeList(product string) []string {
	if p := loadCatalog().product(product); p != nil {
		return p.codes
	}
	return nil
}

// CatalogProductVersions returns the API versions catalogued for product,
// sorted, in the form of the package directory: "v20170312" (the same form
// as Product.Version). Callers must not modify the result.
func CatalogProductVersions(product string) []string {
	if p := loadCatalog().product(product); p != nil {
		return p.versions
	}
	return nil
}

// CatalogDeclarers returns the products that declare code, sorted (nil when
// none). Callers must not modify the result.
func CatalogDeclarers(code string) []string { return loadCatalog().declarersOf(code) }

// CatalogHasCode reports whether any catalogued product declares code: the
// cheap question, a binary search, where CatalogDeclarers builds an index
// of every code on first use.
func CatalogHasCode(code string) bool { return loadCatalog().codes.Index(code) >= 0 }

// CatalogHasPrefix reports whether some catalogued code starts with
// prefix, by binary search.
func CatalogHasPrefix(prefix string) bool { return loadCatalog().codes.HasPrefix(prefix) }

// CatalogAnyCode reports whether pred holds for some catalogued code,
// trying them in sorted order and stopping at the first; it allocates
// nothing.
func CatalogAnyCode(pred func(code string) bool) bool {
	t := loadCatalog().codes
	for i := range t.Len() {
		if pred(t.At(i)) {
			return true
		}
	}
	return false
}

// CatalogActionCodes returns the codes documented for product's action,
// sorted (nil when the action is unknown; empty when its doc comment lists
// none). The lists are incomplete in practice: a product code missing from
// its action's list is not proof the action never returns it. Callers must
// not modify the result.
func CatalogActionCodes(product, action string) []string {
	c := loadCatalog()
	if p := c.product(product); p != nil {
		return c.loadActions(p).codes[action]
	}
	return nil
}

// CatalogActions returns the product's action names, sorted (nil for an
// unknown product). Callers must not modify the result.
func CatalogActions(product string) []string {
	c := loadCatalog()
	if p := c.product(product); p != nil {
		return c.loadActions(p).names
	}
	return nil
}

// CatalogAllCodes returns every distinct code, sorted. Callers must not
// modify the result.
func CatalogAllCodes() []string { return loadCatalog().allCodes() }

// CatalogModule returns the module path and version a product's codes were
// read from ("", "" for an unknown product). Where several modules cover a
// product, the codes are their union and this is the product's own module;
// CatalogModules lists them all.
func CatalogModule(product string) (module, version string) {
	if ms := CatalogModules(product); len(ms) > 0 {
		return ms[0].Path, ms[0].Version
	}
	return "", ""
}

// CatalogModules returns every module version a product's codes were read
// from, its own module first. Callers must not modify the result.
func CatalogModules(product string) []Module {
	if p := loadCatalog().product(product); p != nil {
		return p.modules
	}
	return nil
}
