package extract

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/flow"
	"github.com/tcerrcheck/tcerrcheck/codes"
)

// MatchMode is how a comparison matches the code against a value.
type MatchMode int

const (
	MatchExact     MatchMode = iota // ==, !=, case, slices.Contains, map key
	MatchPrefix                     // strings.HasPrefix(code, v)
	MatchSubstring                  // strings.Contains(code, v)
	MatchFold                       // strings.EqualFold(code, v)
	MatchRoot                       // v is the code itself or its first segment
)

// Comparison is one place where an SDK error code meets constant strings.
type Comparison struct {
	Ref    codeRef
	Values []Value
	Node   ast.Node // the comparison: ==, switch, call or index expression
	Code   ast.Expr // the operand holding the code
}

// newComparison sets the match mode of every value. Comparing the first
// segment of the code exactly matches a whole family.
func newComparison(ref codeRef, mode MatchMode, vals []Value) Comparison {
	if ref.root && mode == MatchExact {
		mode = MatchRoot
	}
	for i := range vals {
		vals[i].Mode = mode
	}
	return Comparison{Ref: ref, Values: vals}
}

// findComparison reports the comparison n makes, if any. It recognises
// the idioms real callers write: ==/!=, switch on the code, strings.HasPrefix,
// strings.Contains (also on err.Error()), strings.EqualFold, slices.Contains
// and map lookups keyed by the code.
func (r *originResolver) findComparison(n ast.Node) (Comparison, bool) {
	c, ok := r.matchComparison(n)
	c.Node = n
	return c, ok
}

func (r *originResolver) matchComparison(n ast.Node) (Comparison, bool) {
	switch n := n.(type) {
	case *ast.BinaryExpr:
		if n.Op == token.EQL || n.Op == token.NEQ {
			return r.binaryComparison(n)
		}
		if n.Op == token.GTR || n.Op == token.GEQ {
			return r.indexSearch(n)
		}
	case *ast.SwitchStmt:
		return r.switchComparison(n)
	case *ast.CallExpr:
		return r.callComparison(n)
	case *ast.IndexExpr:
		return r.indexComparison(n)
	}
	return Comparison{}, false
}

func (r *originResolver) binaryComparison(n *ast.BinaryExpr) (Comparison, bool) {
	ref, code, other, ok := r.codeSide(n.X, n.Y)
	if !ok {
		return Comparison{}, false
	}
	c := newComparison(ref, MatchExact, r.valuesOf(other))
	c.Code = code
	return c, true
}

// codeSide finds which operand holds the code: an SDK error's code first,
// a string parameter (for helper summaries) only when neither is one.
func (r *originResolver) codeSide(a, b ast.Expr) (ref codeRef, code, other ast.Expr, ok bool) {
	ra, okA := r.codeOf(a)
	rb, okB := r.codeOf(b)
	switch {
	case okA && ra.Kind == KindCode:
		return ra, a, b, true
	case okB && rb.Kind == KindCode:
		return rb, b, a, true
	case okA && ra.Kind == KindParam:
		return ra, a, b, true
	case okB && rb.Kind == KindParam:
		return rb, b, a, true
	}
	return codeRef{}, nil, nil, false
}

func (r *originResolver) switchComparison(n *ast.SwitchStmt) (Comparison, bool) {
	if n.Tag == nil {
		return Comparison{}, false // case code == "X" is found as a BinaryExpr
	}
	ref, ok := r.codeOf(n.Tag)
	if !ok || ref.Kind == kindMessage {
		return Comparison{}, false
	}
	var vals []Value
	for _, stmt := range n.Body.List {
		for _, e := range stmt.(*ast.CaseClause).List {
			vals = append(vals, r.valuesOf(e)...)
		}
	}
	return newComparison(ref, MatchExact, vals), true
}

func (r *originResolver) callComparison(call *ast.CallExpr) (Comparison, bool) {
	info := r.st.Pass.TypesInfo
	if fn, ok := flow.CalleeFunc(info, call); ok {
		if fact := r.st.CodeHelper(fn); fact != nil && !r.cosHelperYields(fn, fact) {
			return r.helperComparison(call, fact)
		}
		if fn.Pkg() != r.st.Pass.Pkg { // this package's are checked inside
			if fact := r.st.classifier(fn); fact != nil {
				return r.classifierComparison(call, fn, fact)
			}
		}
	}
	if len(call.Args) != 2 {
		return Comparison{}, false
	}
	a, b := call.Args[0], call.Args[1]
	switch {
	case flow.IsPkgFunc(info, call, "strings", "HasPrefix"):
		return r.codeAndValue(a, b, MatchPrefix)
	case flow.IsPkgFunc(info, call, "strings", "Contains"):
		return r.containsComparison(a, b)
	case flow.IsPkgFunc(info, call, "strings", "EqualFold"):
		ref, code, other, ok := r.codeSide(a, b)
		if !ok {
			return Comparison{}, false
		}
		c := newComparison(ref, MatchFold, r.valuesOf(other))
		c.Code = code
		return c, true
	case flow.IsPkgFunc(info, call, "slices", "Contains"):
		if ref, ok := r.codeOf(b); ok && ref.Kind != kindMessage {
			c := newComparison(ref, MatchExact, r.membersOf(a))
			c.Code = b
			return c, true
		}
	}
	return Comparison{}, false
}

func (r *originResolver) codeAndValue(code, val ast.Expr, mode MatchMode) (Comparison, bool) {
	ref, ok := r.codeOf(code)
	if !ok || ref.Kind == kindMessage {
		return Comparison{}, false
	}
	c := newComparison(ref, mode, r.valuesOf(val))
	c.Code = code
	return c, true
}

// indexComparison handles retryable[code] and _, ok := retryable[code] on a
// map keyed by strings.
func (r *originResolver) indexComparison(n *ast.IndexExpr) (Comparison, bool) {
	t := r.st.Pass.TypesInfo.TypeOf(n.X)
	if t == nil {
		return Comparison{}, false
	}
	if _, isMap := t.Underlying().(*types.Map); !isMap {
		return Comparison{}, false
	}
	ref, ok := r.codeOf(n.Index)
	if !ok || ref.Kind == kindMessage {
		return Comparison{}, false
	}
	return newComparison(ref, MatchExact, r.membersOf(n.X)), true
}

// paramValues keeps the values that come from parameters: a helper
// searching err.Error() for its caller's codes.
func paramValues(vals []Value, mode MatchMode) []Value {
	var out []Value
	for _, v := range vals {
		if v.FromParam {
			v.Mode = mode
			out = append(out, v)
		}
	}
	return out
}

// codePrefix is what the SDK writes before the code in Error():
// "[TencentCloudSDKError] Code=X, Message=...".
const codePrefix = "Code="

// messageCodes keeps, of the strings searched for in err.Error(), those that
// certainly name a code: "Code=X" or "Code=X," (the code X; without the
// comma it matches X's sub-codes too, so it is a prefix match), or a dotted
// code-shaped string (a substring match). A bare word such as
// "InternalError" may as well be message text: not checked.
func messageCodes(vals []Value) []Value {
	var out []Value
	for _, v := range vals {
		switch {
		case strings.HasPrefix(v.Text, codePrefix):
			v.Before, v.Text, v.Mode = codePrefix, v.Text[len(codePrefix):], MatchPrefix
			if strings.HasSuffix(v.Text, ",") {
				v.Text, v.After, v.Mode = strings.TrimSuffix(v.Text, ","), ",", MatchExact
			}
		case strings.Contains(v.Text, ".") && codes.IsCodeShaped(v.Text):
			v.Mode = MatchSubstring
		default:
			continue
		}
		out = append(out, v)
	}
	return out
}

// containsComparison is strings.Contains(a, b): a search of the error's
// text for "Code=X" (or a dotted code), or a substring test of a code.
func (r *originResolver) containsComparison(a, b ast.Expr) (Comparison, bool) {
	if ref, ok := r.codeOf(a); ok && ref.Kind == kindMessage {
		c := Comparison{Ref: ref, Values: messageCodes(r.valuesOf(b))}
		c.Values = append(c.Values, paramValues(r.valuesOf(b), MatchSubstring)...)
		return c, true
	}
	return r.codeAndValue(a, b, MatchSubstring)
}

// indexSearch is strings.Index(a, b) > 0, >= 0 or > -1, written for
// strings.Contains(a, b): strings.Index(err.Error(), "Code=X") > 0. (The
// "Code=" of an SDK error's text is never at its start, so > 0 finds it
// too.) The negated forms (== -1, < 0) and != -1 are left alone: the
// outcome of their branches would be read the wrong way round.
func (r *originResolver) indexSearch(n *ast.BinaryExpr) (Comparison, bool) {
	info := r.st.Pass.TypesInfo
	call, ok := ast.Unparen(n.X).(*ast.CallExpr)
	if !ok || len(call.Args) != 2 || !flow.IsPkgFunc(info, call, "strings", "Index") {
		return Comparison{}, false
	}
	tv, ok := info.Types[n.Y]
	if !ok || tv.Value == nil {
		return Comparison{}, false
	}
	switch bound := tv.Value.ExactString(); {
	case n.Op == token.GTR && (bound == "0" || bound == "-1"), n.Op == token.GEQ && bound == "0":
		return r.containsComparison(call.Args[0], call.Args[1])
	}
	return Comparison{}, false
}
