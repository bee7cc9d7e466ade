package check

import (
	"fmt"
	"slices"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/extract"
	"github.com/tcerrcheck/tcerrcheck/codes"
)

// checkActionNearMiss reports a code the product declares but none of the
// producing actions documents, when every one of them documents the same
// close spelling of it instead: a few letters apart
// (InternalError.ErrConflict for InternalError.ErrorConflict, which
// DeleteReplicationInstance documents) or the same letters with the dot
// elsewhere (InvalidParameter.ValueTooLarge for
// InvalidParameterValue.TooLarge). wrong-action, off by default, reports
// every undocumented code, since the lists are incomplete; a close
// spelling of a documented code is a slip of the hand, and is reported by
// default, with the documented code as its fix. Not when the function
// compares the documented code too (a product that declares both
// spellings may send either, and the one meant is handled), nor when the
// documented code, unmatched, ends where the branch does.
func (fc *funcCheck) checkActionNearMiss(c extract.Comparison, q query) (verdict, bool) {
	if q.Mode != extract.MatchExact || !q.origin.Known || len(q.origin.Calls) == 0 || fc.st.know.global(q.Text) || q.built() {
		return verdict{}, false
	}
	meant := ""
	for _, c := range q.origin.Calls {
		documented := fc.st.ActionCodes(c)
		if len(documented) == 0 || slices.Contains(documented, q.Text) {
			return verdict{}, false
		}
		near, ok := nearestDocumented(q.Text, documented)
		if !ok || (meant != "" && near != meant) {
			return verdict{}, false
		}
		meant = near
	}
	if fc.coverage().covers(meant) {
		return verdict{}, false // the documented code is handled here too
	}
	if fc.st.Branches(fc.unit).MissEndsAlike(c, q.Value) {
		return verdict{}, false // the documented code ends where this one would
	}
	return verdict{
		message: fmt.Sprintf("%q is a %s code, but %s does not document it; it documents %q, which differs only by a slip of the hand: did you mean it?",
			q.Text, productNames(q.origin), originPhrase(q.origin), meant),
		replacement: meant,
	}, true
}

// maxSlip is how many letters a slip of the hand changes: ErrConflict for
// ErrorConflict is two. FunctionName and FunctionType, three apart, are
// two codes, not one mistyped.
const maxSlip = 2

// nearestDocumented returns the one documented code that is a close
// spelling of code: the same letters with the dots elsewhere, or at most
// maxSlip edits away. Ties give nothing.
func nearestDocumented(code string, documented []string) (string, bool) {
	var moved []string
	for _, d := range documented {
		if d != code && strings.ReplaceAll(d, ".", "") == strings.ReplaceAll(code, ".", "") {
			moved = append(moved, d)
		}
	}
	if len(moved) == 1 {
		return moved[0], true
	}
	if s := codes.Suggest(code, documented); s.Kind == codes.Misspelling && s.Unique() && s.Distance <= maxSlip {
		return s.Codes[0], true
	}
	return "", false
}
