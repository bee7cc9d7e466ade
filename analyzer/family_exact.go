package analyzer

import (
	"fmt"
	"go/ast"
	"slices"

	"github.com/tcerrcheck/tcerrcheck/codes"
)

// checkFamilyExact reports an exact comparison with a retryable family
// root ("RequestLimitExceeded") when the origin can return sub-codes of
// that family that nothing else in the function matches: the branch never
// sees RequestLimitExceeded.UinLimitExceeded. With an unknown origin only
// the sub-codes every product may return (public ones) count. For other
// roots, only the sub-codes the producing actions document beside the
// root count (documentedSubCodes).
func (fc *funcCheck) checkFamilyExact(c comparison, q query) (verdict, bool) {
	// strings.EqualFold(code, root) misses the sub-codes just the same.
	if q.mode != matchExact && q.mode != matchFold {
		return verdict{}, false
	}
	subs, verb := fc.documentedSubCodes(q), "documents"
	if fc.checksFamily(q.text) {
		subs, verb = codes.SubCodes(q.text, fc.st.know.familyCandidates(q.origin)), "can return"
	}
	var missing []string
	for _, sub := range subs {
		if !fc.coverage().covers(sub) {
			missing = append(missing, sub)
		}
	}
	if len(missing) == 0 || fc.narrowedByMessage(c) { // one failure picked out by its text
		return verdict{}, false
	}
	who := "any product"
	if o := originPhrase(q.origin); o != "" {
		who = o
	}
	head := fmt.Sprintf("exact comparison with %q", q.text)
	if q.classifier != nil {
		head = fmt.Sprintf("%s compares %q exactly, which", q.classifier.Pkg().Name()+"."+q.classifier.Name(), q.text)
	}
	vd := verdict{message: fmt.Sprintf("%s misses its sub-codes %s, which %s %s; match the family with strings.HasPrefix",
		head, listWords(quoteEach(missing), 3), who, verb)}
	vd.fix = fc.familyFix(c, q.value)
	return vd, true
}

// documentedSubCodes returns, for a comparison with a family root that is
// not retryable (ResourceNotFound), the sub-codes of it that the producing
// actions document next to the root itself: an action that lists both
// ResourceNotFound and ResourceNotFound.SecretNotExist answers with either,
// and a not-found branch on the root alone misses the second. Every
// producing action must have a list, and list the root: a sub-code the
// product declares somewhere says nothing of this call.
//
// Only the not-found family counts: a branch on it decides whether a
// resource is gone (a read that clears its state, a destroy check), and a
// missed sub-code turns "gone" into a failure. A comparison with the bare
// InvalidParameterValue, say, is as often meant as written.
func (fc *funcCheck) documentedSubCodes(q query) []string {
	if q.text != notFoundRoot || !q.origin.known || len(q.origin.calls) == 0 {
		return nil
	}
	var subs []string
	for _, call := range q.origin.calls {
		documented := fc.st.actionCodes(call)
		if !slices.Contains(documented, q.text) {
			return nil
		}
		for _, code := range documented {
			if code != q.text && codes.InFamily(code, q.text) && !slices.Contains(subs, code) {
				subs = append(subs, code)
			}
		}
	}
	slices.Sort(subs)
	return subs
}

// notFoundRoot is the family documentedSubCodes looks at.
const notFoundRoot = "ResourceNotFound"

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
