package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/codes"
)

// matchMode is how a comparison matches the code against a value.
type matchMode int

const (
	matchExact     matchMode = iota // ==, !=, case, slices.Contains, map key
	matchPrefix                     // strings.HasPrefix(code, v)
	matchSubstring                  // strings.Contains(code, v)
	matchFold                       // strings.EqualFold(code, v)
	matchRoot                       // v is the code itself or its first segment
)

// comparison is one place where an SDK error code meets constant strings.
type comparison struct {
	ref    codeRef
	values []value
	node   ast.Node // the comparison: ==, switch, call or index expression
	code   ast.Expr // the operand holding the code
}

// newComparison sets the match mode of every value. Comparing the first
// segment of the code exactly matches a whole family.
func newComparison(ref codeRef, mode matchMode, vals []value) comparison {
	if ref.root && mode == matchExact {
		mode = matchRoot
	}
	for i := range vals {
		vals[i].mode = mode
	}
	return comparison{ref: ref, values: vals}
}

// findComparison reports the comparison n makes, if any. It recognises
// the idioms real callers write: ==/!=, switch on the code, strings.HasPrefix,
// strings.Contains (also on err.Error()), strings.EqualFold, slices.Contains
// and map lookups keyed by the code.
func (r *originResolver) findComparison(n ast.Node) (comparison, bool) {
	c, ok := r.matchComparison(n)
	c.node = n
	return c, ok
}

func (r *originResolver) matchComparison(n ast.Node) (comparison, bool) {
	switch n := n.(type) {
	case *ast.BinaryExpr:
		if n.Op == token.EQL || n.Op == token.NEQ {
			return r.binaryComparison(n)
		}
	case *ast.SwitchStmt:
		return r.switchComparison(n)
	case *ast.CallExpr:
		return r.callComparison(n)
	case *ast.IndexExpr:
		return r.indexComparison(n)
	}
	return comparison{}, false
}

func (r *originResolver) binaryComparison(n *ast.BinaryExpr) (comparison, bool) {
	ref, code, other, ok := r.codeSide(n.X, n.Y)
	if !ok {
		return comparison{}, false
	}
	c := newComparison(ref, matchExact, r.valuesOf(other))
	c.code = code
	return c, true
}

// codeSide finds which operand holds the code: an SDK error's code first,
// a string parameter (for helper summaries) only when neither is one.
func (r *originResolver) codeSide(a, b ast.Expr) (ref codeRef, code, other ast.Expr, ok bool) {
	ra, okA := r.codeOf(a)
	rb, okB := r.codeOf(b)
	switch {
	case okA && ra.kind == kindCode:
		return ra, a, b, true
	case okB && rb.kind == kindCode:
		return rb, b, a, true
	case okA && ra.kind == kindParam:
		return ra, a, b, true
	case okB && rb.kind == kindParam:
		return rb, b, a, true
	}
	return codeRef{}, nil, nil, false
}

func (r *originResolver) switchComparison(n *ast.SwitchStmt) (comparison, bool) {
	if n.Tag == nil {
		return comparison{}, false // case code == "X" is found as a BinaryExpr
	}
	ref, ok := r.codeOf(n.Tag)
	if !ok || ref.kind == kindMessage {
		return comparison{}, false
	}
	var vals []value
	for _, stmt := range n.Body.List {
		for _, e := range stmt.(*ast.CaseClause).List {
			vals = append(vals, r.valuesOf(e)...)
		}
	}
	return newComparison(ref, matchExact, vals), true
}

func (r *originResolver) callComparison(call *ast.CallExpr) (comparison, bool) {
	info := r.st.pass.TypesInfo
	if fn, ok := calleeFunc(info, call); ok {
		if fact := r.st.codeHelper(fn); fact != nil {
			return r.helperComparison(call, fact)
		}
		if fn.Pkg() != r.st.pass.Pkg { // this package's are checked inside
			if fact := r.st.classifier(fn); fact != nil {
				return r.classifierComparison(call, fn, fact)
			}
		}
	}
	if len(call.Args) != 2 {
		return comparison{}, false
	}
	a, b := call.Args[0], call.Args[1]
	switch {
	case isPkgFunc(info, call, "strings", "HasPrefix"):
		return r.codeAndValue(a, b, matchPrefix)
	case isPkgFunc(info, call, "strings", "Contains"):
		if ref, ok := r.codeOf(a); ok && ref.kind == kindMessage {
			c := comparison{ref: ref, values: messageCodes(r.valuesOf(b))}
			c.values = append(c.values, paramValues(r.valuesOf(b), matchSubstring)...)
			return c, true
		}
		return r.codeAndValue(a, b, matchSubstring)
	case isPkgFunc(info, call, "strings", "EqualFold"):
		ref, _, other, ok := r.codeSide(a, b)
		if !ok {
			return comparison{}, false
		}
		return newComparison(ref, matchFold, r.valuesOf(other)), true
	case isPkgFunc(info, call, "slices", "Contains"):
		if ref, ok := r.codeOf(b); ok && ref.kind != kindMessage {
			return newComparison(ref, matchExact, r.membersOf(a)), true
		}
	}
	return comparison{}, false
}

func (r *originResolver) codeAndValue(code, val ast.Expr, mode matchMode) (comparison, bool) {
	ref, ok := r.codeOf(code)
	if !ok || ref.kind == kindMessage {
		return comparison{}, false
	}
	return newComparison(ref, mode, r.valuesOf(val)), true
}

// indexComparison handles retryable[code] and _, ok := retryable[code] on a
// map keyed by strings.
func (r *originResolver) indexComparison(n *ast.IndexExpr) (comparison, bool) {
	t := r.st.pass.TypesInfo.TypeOf(n.X)
	if t == nil {
		return comparison{}, false
	}
	if _, isMap := t.Underlying().(*types.Map); !isMap {
		return comparison{}, false
	}
	ref, ok := r.codeOf(n.Index)
	if !ok || ref.kind == kindMessage {
		return comparison{}, false
	}
	return newComparison(ref, matchExact, r.membersOf(n.X)), true
}

// paramValues keeps the values that come from parameters: a helper
// searching err.Error() for its caller's codes.
func paramValues(vals []value, mode matchMode) []value {
	var out []value
	for _, v := range vals {
		if v.fromParam {
			v.mode = mode
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
func messageCodes(vals []value) []value {
	var out []value
	for _, v := range vals {
		switch {
		case strings.HasPrefix(v.text, codePrefix):
			v.before, v.text, v.mode = codePrefix, v.text[len(codePrefix):], matchPrefix
			if strings.HasSuffix(v.text, ",") {
				v.text, v.after, v.mode = strings.TrimSuffix(v.text, ","), ",", matchExact
			}
		case strings.Contains(v.text, ".") && codes.IsCodeShaped(v.text):
			v.mode = matchSubstring
		default:
			continue
		}
		out = append(out, v)
	}
	return out
}
