package check

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"
	"sort"
	"strconv"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/extract"
	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/suppress"
	"github.com/tcerrcheck/tcerrcheck/codes"
	"golang.org/x/tools/go/analysis"
)

// prefer-constant (off by default): a code literal compared with an
// error's code, where the producing product's SDK package declares a
// constant with that value (cvm.INVALIDINSTANCEID_NOTFOUND for
// "InvalidInstanceId.NotFound"). With the constant, the next misspelling
// is a compile error instead of a branch never taken.
//
// One literal may be compared in several places (a code list shared by
// functions), so each literal collects what every comparison says of it
// and is reported after the whole package is checked: only when every
// comparison's errors come from the one product whose package declares
// the value. Public and client codes belong to no product and are left as
// they are; so are literals that are not simply the code ("Code=X,"
// searched in a message) and those outside the comparison's file.

// constantCandidate is what the comparisons of one literal say of it.
type constantCandidate struct {
	lit       *ast.BasicLit
	text      string
	pkg       *types.Package // the product package declaring the value
	constName string
	file      *ast.File
	dirs      suppress.Directives
	site      ast.Node
	conflict  bool // some comparison's origin is another product's, or unknown
}

// notePreferConstant records what comparison c says of value v.
func (fc *funcCheck) notePreferConstant(c extract.Comparison, q query) {
	v := q.Value
	lit := v.Lit
	if lit == nil || v.SdkConst || v.Builtin || v.Classifier != nil || v.Before != "" || v.After != "" {
		return
	}
	if s, err := strconv.Unquote(lit.Value); err != nil || s != v.Text {
		return
	}
	if _, ok := codes.PublicCode(v.Text); ok {
		return
	}
	if _, ok := codes.ClientCode(v.Text); ok {
		return
	}
	cand := fc.st.constCandidates[lit]
	if cand == nil {
		cand = &constantCandidate{lit: lit, text: v.Text, file: fc.file, dirs: fc.dirs, site: c.Node}
		fc.st.constCandidates[lit] = cand
	}
	inFile := fc.file.Pos() <= lit.Pos() && lit.End() <= fc.file.End()
	pkg, name := fc.st.productConstant(q.origin, v.Text)
	switch {
	case pkg == nil || name == "" || !inFile || c.Ref.Kind != extract.KindCode:
		cand.conflict = true
	case cand.pkg == nil && !cand.conflict:
		cand.pkg, cand.constName = pkg, name
	case cand.pkg != pkg:
		cand.conflict = true
	}
}

// productConstant returns the product package in view that produced every
// error of o and the name of its constant with value code.
func (st *judge) productConstant(o extract.Origin, code string) (*types.Package, string) {
	if !o.Known || len(o.Calls) == 0 {
		return nil, ""
	}
	path := o.Calls[0].Product.Path
	for _, call := range o.Calls[1:] {
		if call.Product.Path != path {
			return nil, ""
		}
	}
	pkg := st.View.ProductPackage(path)
	if pkg == nil {
		return nil, "" // known from a fact only: its constants are not in view
	}
	return pkg, st.constantsByValue(pkg)[code]
}

// constantsByValue maps the string constants of a product package to the
// first of their names in sorted order.
func (st *judge) constantsByValue(pkg *types.Package) map[string]string {
	if m, ok := st.productConsts[pkg]; ok {
		return m
	}
	m := map[string]string{}
	names := pkg.Scope().Names() // sorted
	for _, name := range names {
		c, ok := pkg.Scope().Lookup(name).(*types.Const)
		if !ok || !c.Exported() || c.Val().Kind() != constant.String {
			continue
		}
		if v := constant.StringVal(c.Val()); m[v] == "" {
			m[v] = name
		}
	}
	st.productConsts[pkg] = m
	return m
}

// ReportPreferConstant reports the literals every comparison agrees on, in
// position order, with a fix when the file can name the package.
func (st *judge) ReportPreferConstant() {
	var cands []*constantCandidate
	for _, c := range st.constCandidates {
		if !c.conflict && c.pkg != nil && c.constName != "" {
			cands = append(cands, c)
		}
	}
	sort.Slice(cands, func(i, j int) bool { return cands[i].lit.Pos() < cands[j].lit.Pos() })
	for _, c := range cands {
		d := analysis.Diagnostic{Pos: c.lit.Pos(), End: c.lit.End(), Category: catPreferConst}
		product, _, _ := codes.ProductNameOf(c.pkg.Path())
		name, edits, ok := importName(st.Pass, c.file, c.pkg.Path(), product, c.lit.Pos())
		ref := product + "." + c.constName
		if ok {
			ref = name + "." + c.constName
			d.SuggestedFixes = []analysis.SuggestedFix{{
				Message:   fmt.Sprintf("Replace %q with %s", c.text, ref),
				TextEdits: append([]analysis.TextEdit{{Pos: c.lit.Pos(), End: c.lit.End(), NewText: []byte(ref)}}, edits...),
			}}
		}
		d.Message = fmt.Sprintf("%q is the constant %s of %s; compare with it, and a misspelling fails to compile", c.text, ref, c.pkg.Path())
		if !ok {
			d.Message += fmt.Sprintf(" (no fix: the name %s means something else here)", product)
		}
		st.emit(d, c.site.Pos(), c.dirs)
	}
}
