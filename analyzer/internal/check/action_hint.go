package check

import (
	"fmt"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/extract"
	"github.com/tcerrcheck/tcerrcheck/codes"
)

// maxListedActionCodes is how many documented codes a message lists in
// full; a longer list is summed up by its part that matters, since "A, B,
// C, D and 166 more" tells the reader nothing.
const maxListedActionCodes = 5

// actionHint describes what a single producing action documents, for the
// messages of product-level checks about code. Empty when there are
// several calls or no list.
func (st *judge) actionHint(o extract.Origin, code string) string {
	if !o.Known || len(o.Calls) != 1 {
		return ""
	}
	if d := describeActionList(o.Calls[0], st.ActionCodes(o.Calls[0]), code); d != "" {
		return "; " + d
	}
	return ""
}

// describeActionList words what call's action documents, as it bears on
// code: the whole list when it is short, else the documented codes of
// code's family, or that there are none, with the command that lists them
// all. Empty for an action without a list.
func describeActionList(call extract.CallSite, documented []string, code string) string {
	action := call.Action
	switch {
	case len(documented) == 0:
		return ""
	case len(documented) <= maxListedActionCodes:
		return fmt.Sprintf("%s documents %s", action, listWords(documented, maxListedActionCodes))
	}
	family := codes.Family(code)
	var same []string
	for _, d := range documented {
		if codes.Family(d) == family {
			same = append(same, d)
		}
	}
	lister := fmt.Sprintf("tcerrcodes -product %s -action %s", call.Product.Name, action)
	switch {
	case len(same) == 0:
		return fmt.Sprintf("none of the %d codes %s documents is in the %s family (%s lists them)", len(documented), action, family, lister)
	case len(same) <= maxListedActionCodes:
		return fmt.Sprintf("of the %s family, %s documents %s", family, action, listWords(same, maxListedActionCodes))
	}
	return fmt.Sprintf("%s documents %d %s codes (%s lists them)", action, len(same), family, lister)
}
