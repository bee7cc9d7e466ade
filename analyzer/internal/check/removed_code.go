package check

import (
	"fmt"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/extract"
	"github.com/tcerrcheck/tcerrcheck/codes"
)

// checkRemovedCode reports a code the producing product declared in older
// SDK releases and no longer does: the SDK drops codes the service stopped
// returning, and renames some, so a branch on the old code is never taken.
// It needs a known origin, every producing product must have dropped the
// code, and the SDK in view must be newer than the last release that
// declared it (validFor keeps a code that may be newer than the SDK in
// view). The message names that release and, when the product has one,
// the code that looks like its replacement.
func checkRemovedCode(k *knowledge, q query) (verdict, bool) {
	if !q.origin.Known || q.Mode != extract.MatchExact {
		return verdict{}, false
	}
	var last codes.Release
	for _, p := range q.origin.Products() {
		r, removed := k.removedFrom(p, q.Text)
		if !removed {
			return verdict{}, false
		}
		if r.Date > last.Date {
			last = r
		}
	}
	msg := fmt.Sprintf("%s no longer returns %q: the SDK last declared it in %s", originPhrase(q.origin), q.Text, last)
	s := codes.Suggest(q.Text, k.originCandidates(q.origin))
	if s.Kind != codes.Misspelling && s.Kind != codes.OtherFamily {
		return verdict{message: msg}, true
	}
	vd := verdict{message: fmt.Sprintf("%s; did you mean %s?", msg, quoteList(s.Codes)), subject: msg}
	if s.Unique() {
		vd.replacement = s.Codes[0]
	}
	return vd, true
}
