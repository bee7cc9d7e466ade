package check

import (
	"fmt"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/extract"
	"github.com/tcerrcheck/tcerrcheck/codes"
)

// checkUnknownCode reports a code no product declares that is a
// misspelling of one that exists: a few letters swapped, dropped or
// doubled. A code merely unknown to the SDK is not reported: the SDK's
// lists are incomplete, and services send codes no release declares
// (DesOperation.MutexTaskRunning, InvalidKeyPair.NotSupported are quoted
// from real answers), so "unknown" is not "never returned". Nor is a code
// that only shares a suffix with a real one under another family: that is
// another code, not a spelling of it. With a known origin the nearest
// codes are the product's, else those of any product (named, without a
// fix: that code would be wrong here too); with an unknown origin, those
// of any product. Case-only differences are wrong-case's.
func checkUnknownCode(k *knowledge, q query) (verdict, bool) {
	if k.declaredAnywhere(q.Text) {
		return verdict{}, false // a real code: another check's business
	}
	s := codes.Suggest(q.Text, k.originCandidates(q.origin))
	if s.Kind == codes.Misspelling && dotMovedOnly(q.Text, s.Codes) {
		return verdict{}, false
	}
	switch {
	case s.Kind == codes.Misspelling:
	case q.origin.Known && q.Mode == extract.MatchExact:
		return misspeltElsewhere(k, q)
	default:
		return verdict{}, false
	}
	subject := ""
	if o := originPhrase(q.origin); o != "" {
		subject = " for " + o
	}
	vd := verdict{message: fmt.Sprintf("unknown error code %q%s; did you mean %s?", q.Text, subject, quoteList(s.Codes)),
		subject: fmt.Sprintf("unknown error code %q%s", q.Text, subject)}
	if s.Unique() {
		vd.replacement = s.Codes[0]
	}
	return vd, true
}

// misspeltElsewhere reports an unknown code the producing product has
// nothing near to when it misspells another product's code: that code is
// named, without a fix (it would be wrong here too).
func misspeltElsewhere(k *knowledge, q query) (verdict, bool) {
	s := codes.Suggest(q.Text, k.allCodes())
	if s.Kind != codes.Misspelling || len(s.Codes) != 1 {
		return verdict{}, false
	}
	msg := fmt.Sprintf("unknown error code %q: no product declares it, and %s cannot return it", q.Text, originPhrase(q.origin))
	return verdict{message: fmt.Sprintf("%s (it looks like %q, which %s declares)", msg, s.Codes[0], listWords(k.declarers(s.Codes[0]), 4))}, true
}

// dotMovedOnly reports whether code and every suggestion are the same
// letters with the family's dot in another place
// (InvalidAddressId.StatusNotPermit beside InvalidAddressIdStatus.NotPermit):
// services answer with such variants, quoted from real answers, so that is
// another code rather than a spelling of the suggested one. A dropped dot
// is still a misspelling.
func dotMovedOnly(code string, suggestions []string) bool {
	if !strings.Contains(code, ".") {
		return false
	}
	for _, s := range suggestions {
		if !strings.Contains(s, ".") || strings.ReplaceAll(s, ".", "") != strings.ReplaceAll(code, ".", "") {
			return false
		}
	}
	return len(suggestions) > 0
}

// inKnownFamily reports whether code is dotted and its first segment is
// the family of some catalogued code: InvalidKeyPair.NotSupported, not
// Other.
func inKnownFamily(code string) bool {
	family, _, dotted := strings.Cut(code, ".")
	return dotted && codes.IsCodeShaped(code) && (codes.CatalogHasPrefix(family+".") || codes.CatalogHasCode(family))
}
