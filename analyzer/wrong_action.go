package analyzer

import (
	"fmt"
	"slices"
	"strings"
)

// checkWrongAction reports a product code (not a public or client one) that
// none of the producing actions documents. Off by default: the SDK's lists
// are incomplete in practice, and real code correctly handles codes an
// action does not list. It is the strict mode for teams that want to
// follow the documentation.
func (fc *funcCheck) checkWrongAction(q query) (verdict, bool) {
	k := fc.st.know
	if q.mode != matchExact || !q.origin.known || k.global(q.text) {
		return verdict{}, false
	}
	var lists []string
	for _, c := range q.origin.calls {
		documented := fc.st.actionCodes(c)
		// No list, or an empty one (18 catalogued actions have a bare
		// marker): the SDK says nothing of the action's codes.
		if len(documented) == 0 || slices.Contains(documented, q.text) {
			return verdict{}, false
		}
		lists = append(lists, describeActionList(c, documented, q.text))
	}
	return verdict{message: fmt.Sprintf("%q is a %s code, but %s does not document it (%s)",
		q.text, productNames(q.origin), originPhrase(q.origin), joinSentences(lists))}, true
}

func joinSentences(s []string) string { return strings.Join(s, "; ") }
