package check

import (
	"slices"
	"sort"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/extract"
	"github.com/tcerrcheck/tcerrcheck/codes"
	"golang.org/x/tools/go/analysis"
)

// query is one compared value and the origin of the error it is compared
// against.
type query struct {
	extract.Value
	origin extract.Origin
}

// built reports whether the program builds the error compared with the
// code compared, on some path (Origin.Built): no action need document it.
func (q query) built() bool { return slices.Contains(q.origin.Built, q.Text) }

// verdict is what a check found: the message and, when one replacement is
// clearly right, that replacement code.
type verdict struct {
	message     string
	replacement string
	// subject is the message without what it says of replacement, for
	// when the replacement turns out to be compared next to the value.
	subject string
	// fix, when set, is used instead of rewriting the literal.
	fix *analysis.SuggestedFix
}

// knowledge answers, for one package, which codes are valid where:
// the SDK product packages in view, the catalog, the built-in tables and
// the user's allow-list.
type knowledge struct {
	st         *judge
	view       *extract.View       // the product packages in view
	candidates map[string][]string // sorted valid codes, by product path
	all        []string            // sorted codes of every product, lazily
	globals    []string            // sorted global codes, lazily
	// allSegments are the segments of every code, lazily (fragment.go).
	allSegments []string
}

func newKnowledge(st *judge) *knowledge {
	return &knowledge{st: st, view: st.View, candidates: map[string][]string{}}
}

// global reports whether any product may return code: API 3.0 public
// codes, the SDK's client-side codes, and the user's allowed codes.
func (k *knowledge) global(code string) bool {
	if _, ok := codes.PublicCode(code); ok {
		return true
	}
	if _, ok := codes.ClientCode(code); ok {
		return true
	}
	return k.st.set.Allow.Has(code)
}

// validFor reports whether product p may return code: its codes in the
// SDK version in view, at the catalog's newest release or on the user's
// pages, a global code, or a code some older release declared that may
// still be returned (the SDK in view may be older than the code).
func (k *knowledge) validFor(p *codes.Product, code string) bool {
	if p.Codes.Has(code) || codes.CatalogProductCodes(p.Name).Has(code) ||
		k.st.set.PageCodes[p.Name].Has(code) || k.global(code) {
		return true
	}
	// Only invalid codes get here, so the history is decoded rarely.
	if codes.CatalogCodeHistory(p.Name, code) == nil {
		return false
	}
	_, removed := k.removedFrom(p, code)
	return !removed
}

// removedFrom reports whether the SDK dropped code from p before the
// release in view (or its newest release, with none in view), and the
// last release that declared it.
func (k *knowledge) removedFrom(p *codes.Product, code string) (codes.Release, bool) {
	return codes.CatalogRemoved(p.Name, code, codes.SDKOf(p.Path), p.Codes)
}

// declaredAnywhere reports whether some product in view, any catalogued
// release or the user's pages declares code, or it is global. It is asked
// of every exact comparison whose origin is unknown, so it leaves the
// catalog's declarer lists unbuilt.
func (k *knowledge) declaredAnywhere(code string) bool {
	return k.global(code) || codes.CatalogHasCode(code) || len(k.localDeclarers(code)) > 0
}

// valid reports whether the compared value can match a code the origin may
// return, or one the program builds its errors with on the way. With an
// unknown origin any product counts.
func (k *knowledge) valid(q query) bool {
	if anyMatches(q.Mode, q.Text, q.origin.Built) {
		return true
	}
	if q.Mode == extract.MatchExact {
		if !q.origin.Known {
			return k.declaredAnywhere(q.Text)
		}
		for _, p := range q.origin.Products() {
			if k.validFor(p, q.Text) {
				return true
			}
		}
		return false
	}
	if !q.origin.Known {
		return k.anyKnownMatches(q.Mode, q.Text)
	}
	return anyMatches(q.Mode, q.Text, k.originCandidates(q.origin))
}

// anyKnownMatches reports whether pattern, used with mode, matches a code
// of any product or a global one. valid asks it of every prefix, substring
// or case-folded comparison whose origin is unknown, so it searches each
// source in place rather than merging every known code into one sorted
// list (a sort of some 13,000 codes in each vet process).
func (k *knowledge) anyKnownMatches(mode extract.MatchMode, pattern string) bool {
	if anyMatches(mode, pattern, k.sortedGlobals()) || catalogMatches(mode, pattern) {
		return true
	}
	for _, p := range k.view.ProductsInView() {
		if setMatches(mode, pattern, p.Codes) {
			return true
		}
	}
	for _, set := range k.st.set.PageCodes {
		if setMatches(mode, pattern, set) {
			return true
		}
	}
	return false
}

// catalogMatches reports whether pattern, used with mode, matches a
// catalogued code: by binary search where the mode is a prefix match.
func catalogMatches(mode extract.MatchMode, pattern string) bool {
	switch mode {
	case extract.MatchPrefix:
		return codes.CatalogHasPrefix(pattern)
	case extract.MatchRoot:
		return codes.CatalogHasCode(pattern) || codes.CatalogHasPrefix(pattern+".")
	}
	return codes.CatalogAnyCode(func(code string) bool { return matches(mode, pattern, code) })
}

func setMatches(mode extract.MatchMode, pattern string, set codes.Set) bool {
	for code := range set {
		if matches(mode, pattern, code) {
			return true
		}
	}
	return false
}

// anyMatches reports whether pattern, used with mode, matches one of
// candidates.
func anyMatches(mode extract.MatchMode, pattern string, candidates []string) bool {
	for _, c := range candidates {
		if matches(mode, pattern, c) {
			return true
		}
	}
	return false
}

func matches(mode extract.MatchMode, pattern, code string) bool {
	switch mode {
	case extract.MatchPrefix:
		return strings.HasPrefix(code, pattern)
	case extract.MatchSubstring:
		return strings.Contains(code, pattern)
	case extract.MatchFold:
		return strings.EqualFold(code, pattern)
	case extract.MatchRoot:
		return code == pattern || codes.Family(code) == pattern
	}
	return code == pattern
}

// declarers returns the products (in view or in the catalog) that declare
// code, sorted and distinct.
func (k *knowledge) declarers(code string) []string {
	names := append(k.localDeclarers(code), codes.CatalogDeclarers(code)...)
	sort.Strings(names)
	return slices.Compact(names)
}

// localDeclarers returns the products in view and on the user's pages that
// declare code, in no particular order.
func (k *knowledge) localDeclarers(code string) []string {
	var names []string
	for _, p := range k.view.ProductsInView() {
		if p.Codes.Has(code) {
			names = append(names, p.Name)
		}
	}
	for product, set := range k.st.set.PageCodes {
		if set.Has(code) {
			names = append(names, product)
		}
	}
	return names
}

// originCandidates returns the codes the origin may return, or every code
// known when the origin is unknown.
func (k *knowledge) originCandidates(o extract.Origin) []string {
	if !o.Known {
		return k.allCodes()
	}
	products := o.Products()
	if len(products) == 1 {
		return k.productCandidates(products[0])
	}
	var out []string
	for _, p := range products {
		out = append(out, k.productCandidates(p)...)
	}
	sort.Strings(out)
	return slices.Compact(out)
}

// familyCandidates returns the codes whose family membership matters for
// the origin: its products' codes, or for an unknown origin only the codes
// every product may return. (Another product's InternalError.* sub-codes
// say nothing about an error of unknown origin.)
func (k *knowledge) familyCandidates(o extract.Origin) []string {
	if o.Known {
		return k.originCandidates(o)
	}
	return k.sortedGlobals()
}

// documentedCandidates returns the codes the origin's actions document,
// with the codes every product may return: an action answers with what it
// documents, not with every code of its product. An action whose doc
// lists no code adds its product's codes; one the SDK does not know (a
// generic client's request may name any string) adds nothing beside
// documented ones, and alone leaves familyCandidates, as does an unknown
// origin.
func (k *knowledge) documentedCandidates(o extract.Origin) []string {
	if !o.Known || len(o.Calls) == 0 {
		return k.familyCandidates(o)
	}
	out := append([]string(nil), k.sortedGlobals()...)
	known := false
	for _, call := range o.Calls {
		documented := k.st.ActionCodes(call)
		switch {
		case documented == nil:
			continue
		case len(documented) == 0:
			out = append(out, k.productCandidates(call.Product)...)
		default:
			out = append(out, documented...)
		}
		known = true
	}
	if !known {
		return k.familyCandidates(o)
	}
	sort.Strings(out)
	return slices.Compact(out)
}

// sortedGlobals returns the codes every product may return, sorted.
func (k *knowledge) sortedGlobals() []string {
	if k.globals == nil {
		k.globals = k.globalCodes()
		sort.Strings(k.globals)
	}
	return k.globals
}

// productCandidates returns p's valid codes, sorted.
func (k *knowledge) productCandidates(p *codes.Product) []string {
	if c, ok := k.candidates[p.Path]; ok {
		return c
	}
	var out []string
	for code := range p.Codes {
		out = append(out, code)
	}
	for code := range codes.CatalogProductCodes(p.Name) {
		out = append(out, code)
	}
	for code := range k.st.set.PageCodes[p.Name] {
		out = append(out, code)
	}
	out = append(out, k.globalCodes()...)
	sort.Strings(out)
	out = slices.Compact(out)
	k.candidates[p.Path] = out
	return out
}

func (k *knowledge) globalCodes() []string {
	var out []string
	for _, table := range [][]codes.Builtin{codes.PublicCodes(), codes.ClientCodes()} {
		for _, b := range table {
			out = append(out, b.Code)
		}
	}
	for code := range k.st.set.Allow {
		out = append(out, code)
	}
	return out
}

// allCodes returns every code known: the catalog, the products in view
// and the global codes. Built only when a diagnostic needs it.
func (k *knowledge) allCodes() []string {
	if k.all != nil {
		return k.all
	}
	out := append([]string(nil), codes.CatalogAllCodes()...)
	for _, p := range k.view.ProductsInView() {
		for code := range p.Codes {
			out = append(out, code)
		}
	}
	for _, set := range k.st.set.PageCodes {
		for code := range set {
			out = append(out, code)
		}
	}
	out = append(out, k.globalCodes()...)
	sort.Strings(out)
	k.all = slices.Compact(out)
	return k.all
}
