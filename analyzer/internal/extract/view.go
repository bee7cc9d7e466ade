package extract

import (
	"go/types"
	"slices"

	"github.com/tcerrcheck/tcerrcheck/codes"
)

// View is what the package under analysis can see of the SDK: the product
// packages it imports, directly or not, and the SDK error types they and
// the errors packages declare. It answers which products are in view;
// which codes are valid is the checks' knowledge.
type View struct {
	st         *State
	inView     []*types.Package                     // every product package reachable through imports
	inViewPkgs map[string]*types.Package            // the same, by path; nil until computed
	allInView  map[string]*types.Package            // every package in view, by path; nil until computed
	errorTypes map[*types.Package][]*types.TypeName // SDK error types a package declares, as looked up
	opaque     *bool                                // some product in view has codes nothing tells; nil until computed
}

func newView(st *State) *View {
	return &View{st: st, errorTypes: map[*types.Package][]*types.TypeName{}}
}

// ProductsInView returns every SDK product package the package imports,
// directly or not, with its codes.
func (v *View) ProductsInView() []*codes.Product {
	var out []*codes.Product
	for _, pkg := range v.productPackages() {
		out = append(out, v.st.product(pkg))
	}
	return out
}

// productPackages returns the product packages in view, recognised by
// their layout and types (codes.IsProductPackage) without reading a code:
// reading a product's codes costs more than the rest of a small package's
// analysis, so it waits until the product is asked about.
func (v *View) productPackages() []*types.Package {
	if v.inViewPkgs != nil {
		return v.inView
	}
	v.inViewPkgs = map[string]*types.Package{}
	seen := map[*types.Package]bool{}
	var walk func(*types.Package)
	walk = func(pkg *types.Package) {
		if seen[pkg] {
			return
		}
		seen[pkg] = true
		if codes.IsProductPackage(pkg) {
			v.inView = append(v.inView, pkg)
			v.inViewPkgs[pkg.Path()] = pkg
			return // products import only common
		}
		for _, imp := range pkg.Imports() {
			walk(imp)
		}
	}
	walk(v.st.Pass.Pkg)
	return v.inView
}

// OpaqueProductInView reports whether some product package in view is one
// nothing tells the codes of (a private product, an SDK fork's own): an
// error of unknown origin may be that product's, whose codes no catalog
// holds.
func (v *View) OpaqueProductInView() bool {
	if v.opaque == nil {
		opaque := slices.ContainsFunc(v.ProductsInView(), func(p *codes.Product) bool { return !v.st.knowsCodesOf(p) })
		v.opaque = &opaque
	}
	return *v.opaque
}

// ProductPackage returns the product package in view with the given path,
// nil when there is none.
func (v *View) ProductPackage(path string) *types.Package {
	v.productPackages()
	return v.inViewPkgs[path]
}
