package extract

import (
	"go/ast"
	"go/token"
	"go/types"
	"sync"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/flow"
	"github.com/tcerrcheck/tcerrcheck/codes"
	"golang.org/x/tools/go/analysis"
)

// State is what one package's extraction builds up and shares between
// its functions: product packages seen, declared literals, function
// indexes, comparisons, summaries and facts.
type State struct {
	Pass      *analysis.Pass
	pageCodes map[string]codes.Set // product -> codes from the user's pages

	productCache *sync.Map // shared by the analyzer's passes
	constLits    map[token.Pos]*ast.BasicLit
	varInits     map[*types.Var]ast.Expr
	View         *View
	retryConds   map[types.Object]predicateSense // built on first use

	decls       map[*types.Func]*ast.FuncDecl
	summaries   map[*types.Func]*ErrorOriginFact   // nil value: none, or in progress
	indexes     map[*ast.BlockStmt]*flow.FuncIndex // the most recent maxIndexes: see FuncIndex
	indexOrder  []*ast.BlockStmt                   // bodies indexed, oldest first
	comps       map[*ast.BlockStmt][]Comparison
	cosComps    map[*ast.BlockStmt][]Comparison // COS's, kept apart: cos_comparisons.go
	helpers     map[*types.Func]*CodeHelperFact // nil value: none, or in progress
	classifiers map[*types.Func]*ClassifierFact // nil value: none, or in progress
	// builtStrings: how functions returning a string build it (string_eval.go); nil value: not such a function, or in progress
	builtStrings map[*types.Func]strValue

	calls         map[*types.Func][]packageCall // built on first use: see packageCalls
	callerOrigins map[callersKey]callersResult  // memo of callersOrigin
	// pendingOrigins memoizes PendingCallersOrigin
	pendingOrigins map[pendingKey]pendingResult
	pathProduct    map[string]*codes.Product      // products of facts, by path
	actions        map[string]map[string][]string // decoded action facts, by product path
	carriers       map[types.Type]bool            // canCarryCallback's answers, by named type
}

func NewState(pass *analysis.Pass, pageCodes map[string]codes.Set, products *sync.Map) *State {
	st := &State{
		Pass:           pass,
		pageCodes:      pageCodes,
		productCache:   products,
		summaries:      map[*types.Func]*ErrorOriginFact{},
		indexes:        map[*ast.BlockStmt]*flow.FuncIndex{},
		comps:          map[*ast.BlockStmt][]Comparison{},
		helpers:        map[*types.Func]*CodeHelperFact{},
		classifiers:    map[*types.Func]*ClassifierFact{},
		builtStrings:   map[*types.Func]strValue{},
		callerOrigins:  map[callersKey]callersResult{},
		pendingOrigins: map[pendingKey]pendingResult{},

		pathProduct: map[string]*codes.Product{},
		actions:     map[string]map[string][]string{},
	}
	st.View = newView(st)
	return st
}

// product returns the SDK product pkg is, with its codes, or nil.
func (st *State) product(pkg *types.Package) *codes.Product {
	if p, ok := st.productCache.Load(pkg); ok {
		return p.(*codes.Product)
	}
	p, _ := codes.ProductOf(pkg)
	st.productCache.Store(pkg, p)
	return p
}

// FuncIndex returns the index of one function's body, kept for the most
// recent maxIndexes bodies: a body is indexed while it is checked or
// summarized, rarely after, and a package of thousands of functions would
// otherwise hold every index (with its map of parents, as big as the
// body's syntax) until the pass ends. One evicted too early is only built
// again.
func (st *State) FuncIndex(unit FuncUnit) *flow.FuncIndex {
	ix, ok := st.indexes[unit.Body]
	if !ok {
		ix = flow.NewFuncIndex(st.Pass.TypesInfo, unit.Body)
		ix.AddNamedResults(unit.Typ)
		st.indexes[unit.Body] = ix
		st.indexOrder = append(st.indexOrder, unit.Body)
		if len(st.indexOrder) > maxIndexes {
			delete(st.indexes, st.indexOrder[0])
			st.indexOrder = st.indexOrder[1:]
		}
	}
	return ix
}

// maxIndexes bounds the function indexes a pass keeps.
const maxIndexes = 128

// knowsCodesOf reports whether anything is known of the codes p returns:
// an SDK older than its error-code file (2021) declares none, and judging
// its codes against an empty set would report every one. The catalog
// speaks for an SDK release of any age, but for a copy or fork that
// declares no codes only when it is the same product at the same API
// version as a catalogued one.
func (st *State) knowsCodesOf(p *codes.Product) bool {
	if len(p.Codes) > 0 || st.pageCodes[p.Name] != nil {
		return true
	}
	if codes.CatalogProductCodes(p.Name) == nil {
		return false
	}
	return !CodesFromCatalog(p) || codes.CatalogHasVersion(p.Name, p.Version)
}

// CodesFromCatalog reports whether all that is known of p's codes is the
// public catalog's: p is a copy or fork outside the SDK's own modules and
// declares no codes itself. Such a fork may return codes the public cloud
// does not, so wrong-product stays silent on it, and messages say where
// the codes came from.
func CodesFromCatalog(p *codes.Product) bool {
	return len(p.Codes) == 0 && !codes.IsOfficialPath(p.Path)
}

// productByPath returns the product a fact names: the package in view
// when there is one, else the catalog's knowledge of it. nil when nothing
// is known of its codes: checking against an empty set would report every
// code.
func (st *State) productByPath(c factCall) *codes.Product {
	if p, ok := st.pathProduct[c.Path]; ok {
		return p
	}
	var p *codes.Product
	if pkg := st.View.ProductPackage(c.Path); pkg != nil {
		p = st.product(pkg)
	}
	if p == nil {
		p = &codes.Product{Name: c.Product, Version: c.Version, Path: c.Path}
	}
	if !st.knowsCodesOf(p) {
		p = nil
	}
	st.pathProduct[c.Path] = p
	return p
}

// Branches returns the reader of what unit's branches do.
func (st *State) Branches(unit FuncUnit) BranchReader {
	return BranchReader{info: st.Pass.TypesInfo, parents: st.FuncIndex(unit).Parents()}
}
