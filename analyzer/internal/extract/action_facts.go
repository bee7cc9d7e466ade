package extract

import (
	"fmt"
	"go/ast"
	"go/types"
	"sort"

	"github.com/tcerrcheck/tcerrcheck/codes"
	"golang.org/x/tools/go/analysis"
)

// ActionCodesFact is the documented error codes of every action of a
// product, exported on the product's Client type when the analyzer runs on
// the product package, as go vet and golangci-lint do for dependencies.
//
// It is one fact per product, not one per action method: the drivers copy
// facts about types and methods into the facts of every package that
// imports the product, directly or not, and decoding and re-encoding
// hundreds of method facts (vpc documents 448 actions) cost each of those
// packages more than its own analysis. Block is the catalog's compact
// action-block format, with indexes into the product's sorted codes, which
// the importer has through export data.
type ActionCodesFact struct {
	Actions int // how many actions Block lists, for String
	Block   string
}

func (*ActionCodesFact) AFact() {}

func (f *ActionCodesFact) String() string {
	return fmt.Sprintf("documents codes of %d actions", f.Actions)
}

// ExportActionFacts exports the product's fact, when its Client has actions
// whose doc comments list codes.
func ExportActionFacts(pass *analysis.Pass, product *codes.Product) {
	client, ok := pass.Pkg.Scope().Lookup("Client").(*types.TypeName)
	if !ok {
		return
	}
	if fact := actionFact(product, pass.Files); fact != nil {
		pass.ExportObjectFact(client, fact)
	}
}

// actionFact reads each action's documented codes from the product
// package's files; nil when no action lists any. An action without a list
// is left out, so that its codes are unknown rather than none.
func actionFact(product *codes.Product, files []*ast.File) *ActionCodesFact {
	actions := map[string][]string{}
	for _, f := range files {
		for _, a := range codes.ActionDocs(f) {
			if a.Listed {
				actions[a.Name] = a.Codes
			}
		}
	}
	if len(actions) == 0 {
		return nil
	}
	return &ActionCodesFact{Actions: len(actions), Block: codes.EncodeActionCodes(actions, sortedCodes(product))}
}

func sortedCodes(p *codes.Product) []string {
	out := make([]string, 0, len(p.Codes))
	for c := range p.Codes {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

// ActionCodes returns the codes a call's action documents: from the
// product's fact when the product package is in view and was analyzed,
// else from the catalog. nil when unknown.
func (st *State) ActionCodes(c CallSite) []string {
	if documented, ok := st.productActions(c)[c.Action]; ok {
		return documented
	}
	return codes.CatalogActionCodes(c.Product.Name, c.Action)
}

// productActions returns the decoded fact of the call's product, nil when
// there is none; decoded once per package.
func (st *State) productActions(c CallSite) map[string][]string {
	if actions, done := st.actions[c.Product.Path]; done {
		return actions
	}
	var actions map[string][]string
	if pkg := st.productPackage(c); pkg != nil {
		fact := new(ActionCodesFact)
		if client, ok := pkg.Scope().Lookup("Client").(*types.TypeName); ok && st.Pass.ImportObjectFact(client, fact) {
			if decoded, err := codes.DecodeActionCodes(fact.Block, sortedCodes(c.Product)); err == nil {
				actions = decoded // a corrupt fact is no fact
			}
		}
	}
	st.actions[c.Product.Path] = actions
	return actions
}

// productPackage returns the product package a call goes to: the package of
// the method called, or for a call known from a fact the product package in
// view with the same path.
func (st *State) productPackage(c CallSite) *types.Package {
	if c.Method != nil {
		return c.Method.Pkg()
	}
	return st.View.ProductPackage(c.Product.Path)
}
