package codes

import _ "embed"

// The catalog holds the codes every SDK product declares, the releases of
// the SDK that declared each, and the codes each action documents,
// generated from the SDK's git repositories by internal/gen/catalog
// (format described in its encode.go). It lets the analyzer know a
// product's codes when the SDK package in view is older than the code
// being compared, or not in view at all, and tell a code the SDK dropped
// from one it never had.
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
	SDK     string // SDKChinese or SDKIntlEn
	Path    string // e.g. "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm"
	Version string // the newest release that changed the product, e.g. "v1.3.162"
	Date    string // the version's tag date, YYYY-MM-DD
}

// CatalogRelease describes which SDK snapshot the catalog reflects, e.g.
// "tencentcloud-sdk-go v1.3.166 (2026-08-21) + tencentcloud-sdk-go-intl-en
// v3.0.1474 (2026-08-21)": the newest release read of each SDK.
func CatalogRelease() string { return loadCatalog().release }

// CatalogProducts lists the products in the catalog, sorted. Callers must
// not modify the result.
func CatalogProducts() []string { return loadCatalog().products }

// CatalogProductCodes returns the codes the product declares at its newest
// release in either SDK, over all its API versions (nil for an unknown
// product); CatalogRemovedCodes has those it declared before. Callers
// must not modify the result.
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

// CatalogDeclarers returns the products that declare code at their newest
// release, sorted (nil when none). Callers must not modify the result.
func CatalogDeclarers(code string) []string { return loadCatalog().declarersOf(code) }

// CatalogHasCode reports whether any catalogued release of any product
// declared code, dropped since or not: the cheap question, a binary
// search, where CatalogDeclarers builds an index of every code on first
// use. A code-shaped value for which it is false was never a code.
func CatalogHasCode(code string) bool { return loadCatalog().codes.Index(code) >= 0 }

// CatalogHasPrefix reports whether some code a catalogued release declared
// starts with prefix, by binary search.
func CatalogHasPrefix(prefix string) bool { return loadCatalog().codes.HasPrefix(prefix) }

// CatalogAnyCode reports whether pred holds for some code a catalogued
// release declared,
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

// CatalogAllCodes returns every code some product declares at its newest
// release, sorted. Callers must not modify the result.
func CatalogAllCodes() []string { return loadCatalog().allCodes() }

// CatalogModule returns the module path and version holding the product's
// newest state ("", "" for an unknown product): its module of the Chinese
// SDK where it has one, else the intl-en SDK's. CatalogModules lists both.
func CatalogModule(product string) (module, version string) {
	if ms := CatalogModules(product); len(ms) > 0 {
		return ms[0].Path, ms[0].Version
	}
	return "", ""
}

// CatalogModules returns the module version of each SDK holding the
// product's newest state, the Chinese SDK's first. Callers must not modify
// the result.
func CatalogModules(product string) []Module {
	if p := loadCatalog().product(product); p != nil {
		return p.modules
	}
	return nil
}
