package check

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/extract"
	"github.com/tcerrcheck/tcerrcheck/codes"
)

// A fragment is a dot-less piece of a code searched for with
// strings.Contains(code, "TokenReused"): a test that is never true when no
// code the error can carry contains it. Unknown to the SDK is still not
// never returned (services send codes no release declares), so a fragment
// no code contains is reported only when it says what else was meant:
// another product's piece of a code (checkFragmentOfOtherProduct), or a
// misspelt piece (checkMisspeltFragment). Pieces are the segments of codes
// between dots: a fragment a few letters from somewhere inside a segment
// could be anything.

// isFragment reports whether q searches for a dot-less piece that is not
// itself a code (a whole code searched for is the other checks').
func isFragment(k *knowledge, q query) bool {
	return q.Mode == extract.MatchSubstring && !strings.Contains(q.Text, ".") &&
		codes.IsCodeShaped(q.Text) && !k.declaredAnywhere(q.Text)
}

// checkFragmentOfOtherProduct reports a fragment that no code of the
// producing products contains when it is a whole segment of another
// product's codes: a piece copied from that product's error handling.
func checkFragmentOfOtherProduct(k *knowledge, q query) (verdict, bool) {
	if !q.origin.Known || !isFragment(k, q) || slices.ContainsFunc(q.origin.Products(), extract.CodesFromCatalog) {
		return verdict{}, false
	}
	holders := k.codesWithSegment(q.Text)
	if len(holders) == 0 {
		return verdict{}, false
	}
	var declarers []string
	for _, code := range holders {
		declarers = append(declarers, k.declarers(code)...)
	}
	sort.Strings(declarers)
	declarers = slices.Compact(declarers)
	return verdict{message: fmt.Sprintf("%s, so this test is never true; %s declares %s",
		noCodeContains(q), listWords(declarers, 4), quoteList(holders[:min(len(holders), 2)]))}, true
}

// checkMisspeltFragment reports a fragment that no code the origin may
// return contains (any code, with an unknown origin) when it is a
// misspelling of a segment of one, with that segment as its fix.
func checkMisspeltFragment(k *knowledge, q query) (verdict, bool) {
	if !isFragment(k, q) {
		return verdict{}, false
	}
	s := codes.Suggest(q.Text, k.segments(q.origin))
	if s.Kind != codes.Misspelling {
		return verdict{}, false // a case-only difference is wrong-case's
	}
	subject := noCodeContains(q)
	vd := verdict{message: fmt.Sprintf("%s; did you mean %s?", subject, quoteList(s.Codes)), subject: subject}
	if s.Unique() {
		vd.replacement = s.Codes[0]
	}
	return vd, true
}

// noCodeContains words what the fragment checks found: "no code that cvm
// RunInstances returns contains "X"", or of any product with an unknown
// origin.
func noCodeContains(q query) string {
	if o := originPhrase(q.origin); o != "" {
		return fmt.Sprintf("no code that %s returns contains %q", o, q.Text)
	}
	return fmt.Sprintf("no code of any product contains %q", q.Text)
}

// segments returns the distinct dot-separated segments of the codes the
// origin may return (of every code, with an unknown origin), sorted.
func (k *knowledge) segments(o extract.Origin) []string {
	if !o.Known && k.allSegments != nil {
		return k.allSegments
	}
	var out []string
	for _, code := range k.originCandidates(o) {
		out = append(out, strings.Split(code, ".")...)
	}
	sort.Strings(out)
	out = slices.Compact(out)
	if !o.Known {
		k.allSegments = out
	}
	return out
}

// codesWithSegment returns the codes of any product that have segment
// between their dots, sorted.
func (k *knowledge) codesWithSegment(segment string) []string {
	var out []string
	for _, code := range k.allCodes() {
		if strings.Contains(code, segment) && slices.Contains(strings.Split(code, "."), segment) {
			out = append(out, code)
		}
	}
	return out
}
