package check

import (
	"fmt"
	"go/ast"
	"slices"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/extract"
	"github.com/tcerrcheck/tcerrcheck/codes"
)

// checkFamilyExact reports an exact comparison with a retryable family
// root ("RequestLimitExceeded") when the origin can return sub-codes of
// that family that nothing else in the function matches: the branch never
// sees RequestLimitExceeded.UinLimitExceeded. With an unknown origin only
// the sub-codes every product may return (public ones) count; with a
// known origin whose actions document their codes, only the sub-codes
// they document and the public ones (documentedCandidates). For other
// roots, only the sub-codes the producing actions document beside the
// root count (documentedSubCodes). A miss that changes nothing is not
// reported: where the path taken without a match ends as the matched
// branch does (extract.BranchReader.MissEndsAlike).
func (fc *funcCheck) checkFamilyExact(c extract.Comparison, q query) (verdict, bool) {
	// strings.EqualFold(code, root) misses the sub-codes just the same.
	if q.Mode != extract.MatchExact && q.Mode != extract.MatchFold {
		return verdict{}, false
	}
	subs, verb := fc.documentedSubCodes(q), "documents"
	if fc.checksFamily(q.Text) {
		subs, verb = codes.SubCodes(q.Text, fc.st.know.documentedCandidates(q.origin)), "can return"
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
	if fc.st.Branches(fc.unit).MissEndsAlike(c, q.Value) {
		return verdict{}, false // the missed sub-codes end where the root does
	}
	missing = fc.byEvidence(q.origin, missing)
	who := "any product"
	if o := originPhrase(fc.returningCalls(q.origin, missing[:min(len(missing), namedSubCodes)])); o != "" {
		who = o
	}
	head := fmt.Sprintf("exact comparison with %q", q.Text)
	if q.Classifier != nil {
		head = fmt.Sprintf("%s compares %q exactly, which", q.Classifier.Pkg().Name()+"."+q.Classifier.Name(), q.Text)
	}
	vd := verdict{message: fmt.Sprintf("%s misses its sub-codes %s, which %s %s; match the family with strings.HasPrefix",
		head, listWords(quoteEach(missing), namedSubCodes), who, verb)}
	vd.fix = fc.familyFix(c, q.Value)
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
	if q.Text != notFoundRoot || !q.origin.Known || len(q.origin.Calls) == 0 {
		return nil
	}
	var subs []string
	for _, call := range q.origin.Calls {
		documented := fc.st.ActionCodes(call)
		if !slices.Contains(documented, q.Text) {
			return nil
		}
		for _, code := range documented {
			if code != q.Text && codes.InFamily(code, q.Text) && !slices.Contains(subs, code) {
				subs = append(subs, code)
			}
		}
	}
	slices.Sort(subs)
	return subs
}

// namedSubCodes is how many missed sub-codes a message names.
const namedSubCodes = 3

// byEvidence orders missed sub-codes by what says the origin returns
// them: documented by one of its actions first, then codes every product
// may return, then codes only its products declare; alphabetical within.
// The codes a message names are then the best attested.
func (fc *funcCheck) byEvidence(o extract.Origin, missing []string) []string {
	rank := func(code string) int {
		for _, call := range o.Calls {
			if slices.Contains(fc.st.ActionCodes(call), code) {
				return 0
			}
		}
		if slices.Contains(fc.st.know.sortedGlobals(), code) {
			return 1
		}
		return 2
	}
	out := slices.Clone(missing)
	slices.SortStableFunc(out, func(a, b string) int { return rank(a) - rank(b) })
	return out
}

// returningCalls narrows a known origin to the calls that can return one
// of the named sub-codes: the actions documenting one, or those whose doc
// lists no code, of a product declaring it; every call when a named code
// no action documents is one every product may return. The message then
// names who answers with them, not every call a shared classifier sees.
func (fc *funcCheck) returningCalls(o extract.Origin, named []string) extract.Origin {
	if !o.Known {
		return o
	}
	narrowed := o
	narrowed.Calls = nil
	attested := map[string]bool{}
	for _, call := range o.Calls {
		documented := fc.st.ActionCodes(call)
		returns := false
		for _, code := range named {
			if slices.Contains(documented, code) || (documented != nil && len(documented) == 0 && fc.st.know.validFor(call.Product, code)) {
				attested[code], returns = true, true
			}
		}
		if returns {
			narrowed.Calls = append(narrowed.Calls, call)
		}
	}
	for _, code := range named {
		if !attested[code] && slices.Contains(fc.st.know.sortedGlobals(), code) {
			return o
		}
	}
	if len(narrowed.Calls) == 0 {
		return o
	}
	return narrowed
}

// notFoundRoot is the family documentedSubCodes looks at.
const notFoundRoot = "ResourceNotFound"

// checksFamily reports whether family-exact looks at comparisons with
// root: the retryable families, or every family with -family-exact-all.
func (fc *funcCheck) checksFamily(root string) bool {
	if fc.st.set.FamilyExactAll {
		return true
	}
	for _, r := range fc.st.set.Retryable {
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
		for _, v := range c.Values {
			switch v.Mode {
			case extract.MatchExact, extract.MatchFold:
				fc.cov.exact[v.Text] = true
			case extract.MatchPrefix:
				fc.cov.prefixes = append(fc.cov.prefixes, v.Text)
			case extract.MatchRoot:
				fc.cov.roots[v.Text] = true
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
		if matches(extract.MatchPrefix, p, code) {
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
func isOperand(c extract.Comparison, v extract.Value) bool {
	b, ok := c.Node.(*ast.BinaryExpr)
	return ok && c.Code != nil && (ast.Unparen(b.X) == v.At || ast.Unparen(b.Y) == v.At)
}
