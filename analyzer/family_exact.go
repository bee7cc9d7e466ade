package analyzer

import (
	"fmt"
	"go/ast"

	"github.com/tcerrcheck/tcerrcheck/codes"
)

// checkFamilyExact reports an exact comparison with a retryable family
// root ("RequestLimitExceeded") when the origin can return sub-codes of
// that family that nothing else in the function matches: the branch never
// sees RequestLimitExceeded.UinLimitExceeded. With an unknown origin only
// the sub-codes every product may return (public ones) count.
func (fc *funcCheck) checkFamilyExact(c comparison, q query) (verdict, bool) {
	// strings.EqualFold(code, root) misses the sub-codes just the same.
	if (q.mode != matchExact && q.mode != matchFold) || !fc.checksFamily(q.text) {
		return verdict{}, false
	}
	k := fc.st.know
	var missing []string
	for _, sub := range codes.SubCodes(q.text, k.familyCandidates(q.origin)) {
		if !fc.coverage().covers(sub) {
			missing = append(missing, sub)
		}
	}
	if len(missing) == 0 {
		return verdict{}, false
	}
	who := "any product"
	if o := originPhrase(q.origin); o != "" {
		who = o
	}
	vd := verdict{message: fmt.Sprintf("exact comparison with %q misses its sub-codes %s, which %s can return; match the family with strings.HasPrefix",
		q.text, listWords(quoteEach(missing), 3), who)}
	vd.fix = fc.familyFix(c, q.value)
	return vd, true
}

// checksFamily reports whether family-exact looks at comparisons with
// root: the retryable families, or every family with -family-exact-all.
func (fc *funcCheck) checksFamily(root string) bool {
	if fc.st.set.familyExactAll {
		return true
	}
	for _, r := range fc.st.set.retryable {
		if r == root {
			return true
		}
	}
	return false
}

// coverage is what a function's comparisons match: exact codes, prefixes
// and first segments. A sub-code compared anywhere in the function is
// handled.
type coverage struct {
	exact    map[string]bool
	prefixes []string
	roots    map[string]bool
}

func (fc *funcCheck) coverage() *coverage {
	if fc.cov != nil {
		return fc.cov
	}
	fc.cov = &coverage{exact: map[string]bool{}, roots: map[string]bool{}}
	for _, c := range fc.comps {
		for _, v := range c.values {
			switch v.mode {
			case matchExact, matchFold:
				fc.cov.exact[v.text] = true
			case matchPrefix:
				fc.cov.prefixes = append(fc.cov.prefixes, v.text)
			case matchRoot:
				fc.cov.roots[v.text] = true
			}
		}
	}
	return fc.cov
}

func (cv *coverage) covers(code string) bool {
	if cv.exact[code] || cv.roots[codes.Family(code)] {
		return true
	}
	for _, p := range cv.prefixes {
		if matches(matchPrefix, p, code) {
			return true
		}
	}
	return false
}

func quoteEach(codes []string) []string {
	out := make([]string, len(codes))
	for i, c := range codes {
		out[i] = fmt.Sprintf("%q", c)
	}
	return out
}

// isOperand reports whether v was written directly as the other operand of
// the comparison (not reached through a variable or a list).
func isOperand(c comparison, v value) bool {
	b, ok := c.node.(*ast.BinaryExpr)
	return ok && c.code != nil && (ast.Unparen(b.X) == v.at || ast.Unparen(b.Y) == v.at)
}
