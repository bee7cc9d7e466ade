package check

import (
	"fmt"
	"slices"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/extract"
	"github.com/tcerrcheck/tcerrcheck/codes"
)

// checkWrongProduct reports a real code that the producing product(s)
// never return, naming who declares it: typically a code copied from
// another product's error handling. It needs a known origin, and with
// several producing products every one of them must lack the code.
func checkWrongProduct(k *knowledge, q query) (verdict, bool) {
	if !q.origin.Known || slices.ContainsFunc(q.origin.Products(), extract.CodesFromCatalog) {
		// A copy that declares no codes may be a fork whose cloud
		// returns more than the public one does.
		return verdict{}, false
	}
	declarers := k.declarers(q.Text)
	if len(declarers) == 0 {
		return verdict{}, false
	}
	msg := fmt.Sprintf("%q is declared by %s, but %s never returns it",
		q.Text, listWords(declarers, 4), originPhrase(q.origin))
	s := codes.SuggestOtherFamily(q.Text, k.originCandidates(q.origin))
	if s.Kind == codes.NoSuggestion {
		return verdict{message: msg + k.st.actionHint(q.origin, q.Text)}, true
	}
	vd := verdict{message: fmt.Sprintf("%s; did you mean %s?", msg, quoteList(s.Codes)), subject: msg}
	if s.Unique() {
		vd.replacement = s.Codes[0]
	}
	return vd, true
}
