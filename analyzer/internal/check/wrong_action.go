package check

import (
	"fmt"
	"slices"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/extract"
)

// checkWrongAction reports a product code (not a public or client one) that
// none of the producing actions documents. Off by default: the SDK's lists
// are incomplete in practice, and real code correctly handles codes an
// action does not list. It is the strict mode for teams that want to
// follow the documentation.
func (fc *funcCheck) checkWrongAction(q query) (verdict, bool) {
	k := fc.st.know
	if q.Mode != extract.MatchExact || !q.origin.Known || k.global(q.Text) || q.built() {
		return verdict{}, false
	}
	var lists []string
	for _, c := range q.origin.Calls {
		documented := fc.st.ActionCodes(c)
		// No list, or an empty one (18 catalogued actions have a bare
		// marker): the SDK says nothing of the action's codes.
		if len(documented) == 0 || slices.Contains(documented, q.Text) {
			return verdict{}, false
		}
		lists = append(lists, describeActionList(c, documented, q.Text))
	}
	return verdict{message: fmt.Sprintf("%q is a %s code, but %s does not document it (%s)",
		q.Text, productNames(q.origin), originPhrase(q.origin), joinSentences(lists))}, true
}

func joinSentences(s []string) string { return strings.Join(s, "; ") }
