package analyzer

import (
	"fmt"
	"slices"

	"github.com/tcerrcheck/tcerrcheck/codes"
)

// checkWrongProduct reports a real code that the producing product(s)
// never return, naming who declares it: typically a code copied from
// another product's error handling. It needs a known origin, and with
// several producing products every one of them must lack the code.
func checkWrongProduct(k *knowledge, q query) (verdict, bool) {
	if !q.origin.known || slices.ContainsFunc(q.origin.products(), codesFromCatalog) {
		// A copy that declares no codes may be a fork whose cloud
		// returns more than the public one does.
		return verdict{}, false
	}
	declarers := k.declarers(q.text)
	if len(declarers) == 0 {
		return verdict{}, false
	}
	msg := fmt.Sprintf("%q is declared by %s, but %s never returns it",
		q.text, listWords(declarers, 4), originPhrase(q.origin))
	s := codes.SuggestOtherFamily(q.text, k.originCandidates(q.origin))
	if s.Kind == codes.NoSuggestion {
		return verdict{message: msg + k.st.actionHint(q.origin, q.text)}, true
	}
	vd := verdict{message: fmt.Sprintf("%s; did you mean %s?", msg, quoteList(s.Codes)), subject: msg}
	if s.Unique() {
		vd.replacement = s.Codes[0]
	}
	return vd, true
}
