package check

import (
	"fmt"
	"sort"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/extract"
)

// checkWrongCase reports a code that equals a code the origin may return
// only up to letter case. Codes are compared case-sensitively, and
// products never declare two codes differing only in case, so the fix is
// certain when there is one such code.
func checkWrongCase(k *knowledge, q query) (verdict, bool) {
	if q.Mode == extract.MatchFold {
		return verdict{}, false // strings.EqualFold already ignores case
	}
	fixes := caseCorrections(q.Mode, q.Text, k.originCandidates(q.origin))
	if len(fixes) == 0 {
		return verdict{}, false
	}
	which := "a real error code"
	if o := originPhrase(q.origin); o != "" {
		which = "which " + o + " returns"
	}
	return caseVerdict(q.Text, fixes, which, ""), true
}

// caseVerdict words a code that differs only in letter case from fixes,
// said of which; one fix is the replacement. fixNoun names what the fix
// is in the subject ("the COS error code "), or nothing.
func caseVerdict(code string, fixes []string, which, fixNoun string) verdict {
	vd := verdict{message: fmt.Sprintf("%q differs only in letter case from %s, %s; error codes are compared case-sensitively",
		code, quoteList(fixes), which)}
	if len(fixes) == 1 {
		vd.replacement = fixes[0]
		vd.subject = fmt.Sprintf("%q differs only in letter case from %s%q, and error codes are compared case-sensitively", code, fixNoun, fixes[0])
	}
	return vd
}

// caseCorrections returns the distinct spellings candidates give pattern
// when case is ignored: whole codes for exact matches, the matching part
// of a code for prefix and substring matches.
func caseCorrections(mode extract.MatchMode, pattern string, candidates []string) []string {
	lower := strings.ToLower(pattern)
	seen := map[string]bool{}
	for _, c := range candidates {
		i := -1
		switch mode {
		case extract.MatchExact: // EqualFold, not ToLower: every code is compared
			if len(c) == len(pattern) && strings.EqualFold(c, pattern) {
				i = 0
			}
		case extract.MatchPrefix:
			if len(c) >= len(pattern) && strings.EqualFold(c[:len(pattern)], pattern) {
				i = 0
			}
		case extract.MatchSubstring:
			if lc := strings.ToLower(c); len(lc) == len(c) { // a non-ASCII mapping may change the length
				i = strings.Index(lc, lower)
			}
		}
		if i >= 0 && c[i:i+len(pattern)] != pattern {
			seen[c[i:i+len(pattern)]] = true
		}
	}
	out := make([]string, 0, len(seen))
	for s := range seen {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}
