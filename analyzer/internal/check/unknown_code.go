package check

import (
	"fmt"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/extract"
	"github.com/tcerrcheck/tcerrcheck/codes"
)

// checkUnknownCode reports a code no product declares: a misspelling, most
// of the time. With a known origin the product's codes are authoritative
// and every unknown exact code is reported, with the nearest codes of that
// product (a misspelling, or the same suffix under another family), else
// the nearest code of any product. With an unknown origin the catalog
// still knows every code any release of either SDK ever declared, so an
// exact code-shaped value none of them declared is reported too, with the
// nearest codes across the catalog; other modes only for a near miss.
// Only a dotted code of a family some product declares counts: "X" or
// "Other" in a helper's test, or another service's code
// ("UnSupportedLoggingRegion"), says nothing of a misspelling. And not
// when a product in view is one no catalog knows: the error may be its.
func checkUnknownCode(k *knowledge, q query) (verdict, bool) {
	if k.declaredAnywhere(q.Text) {
		return verdict{}, false // a real code: another check's business
	}
	s := codes.Suggest(q.Text, k.originCandidates(q.origin))
	switch {
	case s.Kind == codes.Misspelling:
	case s.Kind == codes.OtherFamily && q.origin.Known:
		// DesOperation.MutexTaskRunning -> OperationDenied.MutexTaskRunning;
		// across all products a shared suffix (".NotFound") means little.
	case q.origin.Known && q.Mode == extract.MatchExact:
		return unknownElsewhere(k, q), true
	case q.Mode == extract.MatchExact && inKnownFamily(q.Text) && !k.view.OpaqueProductInView():
		return verdict{message: fmt.Sprintf("unknown error code %q: no release of either SDK declares it for any product", q.Text)}, true
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

// unknownElsewhere words an unknown code the producing product has nothing
// near to: a misspelling of another product's code is named (without a
// fix: that code would be wrong here too), else what the action documents.
func unknownElsewhere(k *knowledge, q query) verdict {
	msg := fmt.Sprintf("unknown error code %q: no product declares it, and %s cannot return it", q.Text, originPhrase(q.origin))
	if s := codes.Suggest(q.Text, k.allCodes()); s.Kind == codes.Misspelling && len(s.Codes) == 1 {
		return verdict{message: fmt.Sprintf("%s (it looks like %q, which %s declares)", msg, s.Codes[0], listWords(k.declarers(s.Codes[0]), 4))}
	}
	return verdict{message: msg + k.st.actionHint(q.origin, q.Text)}
}

// inKnownFamily reports whether code is dotted and its first segment is
// the family of some catalogued code: InvalidKeyPair.NotSupported, not
// Other.
func inKnownFamily(code string) bool {
	family, _, dotted := strings.Cut(code, ".")
	return dotted && codes.IsCodeShaped(code) && (codes.CatalogHasPrefix(family+".") || codes.CatalogHasCode(family))
}
