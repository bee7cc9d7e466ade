package check

import (
	"go/ast"
	"go/token"
	"slices"
	"strconv"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/extract"
	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/flow"
	"golang.org/x/tools/go/analysis"
)

// A retry decision that reads a literal code list through a matching that
// covers families (strings.HasPrefix over the list, first-segment
// matching, a helper matching by family) is completed mechanically: the
// missing families' roots go into that list, in its style. Through exact
// matching a root would not cover its sub-codes, so no fix is offered and
// the message says why.

// retryListFix returns the fix adding the roots to the one list the
// retried values come from. exact is set when that list is matched
// exactly (then there is no fix).
func (fc *funcCheck) retryListFix(retried []extract.Value, roots []string) (fix *analysis.SuggestedFix, exact bool) {
	if len(retried) == 0 || len(roots) == 0 {
		return nil, false
	}
	var list *codeList
	for _, v := range retried {
		lit, ok := v.At.(*ast.BasicLit)
		if !ok || lit != v.Lit || v.Before != "" || v.After != "" {
			return nil, false // not a literal element of this package
		}
		l := fc.st.listOf(lit)
		if l == nil || (list != nil && l.node != list.node) {
			return nil, false // several lists, or none
		}
		list = l
		switch v.Mode {
		case extract.MatchExact, extract.MatchFold:
			exact = true
		case extract.MatchPrefix:
		case extract.MatchRoot:
			// Matched by first segment, a dotted root (ClientError.NetworkError)
			// would match only through exact matching, if the helper has any.
			if slices.ContainsFunc(roots, func(r string) bool { return strings.Contains(r, ".") }) {
				return nil, false
			}
		default:
			return nil, false
		}
	}
	if exact {
		return nil, true
	}
	return list.appendFix(fc.st.Pass.Fset, roots), false
}

// codeList is a list of code literals written in the source: the
// elements of a composite literal, the arguments of a call, the
// expressions of a case clause.
type codeList struct {
	node  ast.Node
	elems []ast.Expr
	open  token.Pos // the position the elements' line layout is judged from
}

// listOf finds the list whose element lit is, in the package's files.
func (st *judge) listOf(lit *ast.BasicLit) *codeList {
	for _, f := range st.Pass.Files {
		if lit.Pos() < f.Pos() || lit.End() > f.End() {
			continue
		}
		var found *codeList
		ast.Inspect(f, func(n ast.Node) bool {
			if found != nil || n == nil || n.Pos() > lit.Pos() || n.End() < lit.End() {
				return false
			}
			var l *codeList
			switch n := n.(type) {
			case *ast.CompositeLit:
				l = &codeList{n, n.Elts, n.Lbrace}
			case *ast.CallExpr:
				if st.variadicCodes(n, lit) {
					l = &codeList{n, n.Args, n.Lparen}
				}
			case *ast.CaseClause:
				l = &codeList{n, n.List, n.Case}
			}
			if l != nil && containsExpr(l.elems, lit) {
				found = l
				return false
			}
			return true
		})
		return found
	}
	return nil
}

// variadicCodes reports whether lit is among the codes a call passes to a
// code helper's variadic list: retryError(err, "A", "B").
func (st *judge) variadicCodes(call *ast.CallExpr, lit *ast.BasicLit) bool {
	fn, ok := flow.CalleeFunc(st.Pass.TypesInfo, call)
	if !ok || call.Ellipsis.IsValid() {
		return false
	}
	fact := st.CodeHelper(fn)
	if fact == nil || !fact.Variadic {
		return false
	}
	for i, arg := range call.Args {
		if arg == lit {
			return i >= fact.ListParam
		}
	}
	return false
}

func containsExpr(list []ast.Expr, e ast.Expr) bool {
	for _, x := range list {
		if x == e {
			return true
		}
	}
	return false
}

// appendFix adds roots after the list's last element: one per line,
// indented like it, when the list has its elements on lines of their own;
// else on the same line, separated by ", ". Quoting follows the last
// element.
func (l *codeList) appendFix(fset *token.FileSet, roots []string) *analysis.SuggestedFix {
	last := l.elems[len(l.elems)-1]
	quote := strconv.Quote
	if lit, ok := last.(*ast.BasicLit); ok && strings.HasPrefix(lit.Value, "`") {
		quote = func(s string) string { return "`" + s + "`" }
	}
	lastPos := fset.Position(last.Pos())
	sep := ", "
	if lastPos.Line != fset.Position(l.open).Line {
		sep = ",\n" + strings.Repeat("\t", lastPos.Column-1)
	}
	var b strings.Builder
	for _, root := range roots {
		b.WriteString(sep + quote(root))
	}
	return &analysis.SuggestedFix{
		Message:   "Retry " + strings.Join(roots, ", ") + " too",
		TextEdits: []analysis.TextEdit{{Pos: last.End(), End: last.End(), NewText: []byte(b.String())}},
	}
}
