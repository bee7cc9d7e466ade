package check

import (
	"fmt"
	"go/ast"
	"slices"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/extract"
	"golang.org/x/tools/go/analysis"
)

// COS retry logic is judged by COS's transient codes
// (codes.COSTransientCodes, or -cos-transient: InternalError, RequestTimeout,
// ServiceUnavailable, SlowDown), as API 3.0 retry logic is by the
// retryable families: the same pieces (retry predicates, retry framework
// closures, loops repeating a call, here also a COS call), the same
// outcomes, reported once at the piece's start. COS codes are one
// segment, so a code compared exactly covers it whole, and a missing code
// added to the one literal list the retried codes come from is a fix
// whatever the matching. A misspelling of a transient code counts as
// meant: unknown-code or wrong-case reports it.

// checkCOSRetryLogic reports each piece of retry logic that retries some
// of COS's transient codes but never others, or gives up on one.
func (fc *funcCheck) checkCOSRetryLogic() {
	fc.reportRetryPieces(fc.st.COSRetryPieces(fc.unit), fc.judgeCOSRetryPiece)
}

func (fc *funcCheck) judgeCOSRetryPiece(p extract.RetryPiece) (string, *analysis.SuggestedFix, bool) {
	transient := fc.st.set.COSTransient
	retried, handled, givenUp := map[string]bool{}, map[string]bool{}, map[string]bool{}
	var retriedValues []extract.Value
	var o extract.Origin
	seen := false
	for _, c := range fc.compsWithin(p.Body) {
		if !seen {
			o, seen = c.Ref.Origin, true
		} else {
			o = o.Merge(c.Ref.Origin)
		}
		for _, v := range c.Values {
			if v.FromParam {
				return "", nil, false // the caller passes (more) codes in
			}
			var touched []string
			for _, t := range transient {
				if matches(v.Mode, v.Text, t) || (v.Mode == extract.MatchRoot && v.Text == t) {
					touched = append(touched, t)
				}
			}
			if len(touched) == 0 {
				// A misspelt or miscased transient code ("Slowdown") is
				// reported as such; it is meant, and not missing too.
				if _, vd, bad := fc.st.know.classifyCOS(query{Value: v, origin: c.Ref.Origin}); bad && slices.Contains(transient, vd.replacement) {
					touched = append(touched, vd.replacement)
				}
			}
			if len(touched) == 0 {
				continue
			}
			out := fc.st.Branches(fc.unit).OutcomeOf(p, c, v)
			if out == extract.OutcomeRetry {
				retriedValues = append(retriedValues, v)
			}
			for _, t := range touched {
				switch out {
				case extract.OutcomeRetry:
					retried[t], handled[t] = true, true
				case extract.OutcomeGiveUp:
					givenUp[t] = true
				default:
					handled[t] = true
				}
			}
		}
	}
	if !seen {
		return "", nil, false
	}
	var doneList, gaveUp, missing []string
	for _, t := range transient {
		switch {
		case retried[t]:
			doneList = append(doneList, t)
		case givenUp[t] && !handled[t]:
			gaveUp = append(gaveUp, t)
		case !handled[t]:
			missing = append(missing, t)
		}
	}
	if len(gaveUp) == 0 && (len(doneList) == 0 || len(missing) == 0) {
		return "", nil, false
	}
	msg := strings.Replace(retryMessage(extract.Origin{}, doneList, gaveUp, missing), "retry logic", "COS retry logic", 1)
	if phrase := cosPhrase(o); phrase != "" {
		msg = strings.Replace(msg, "COS retry logic", "COS retry logic for "+phrase, 1)
	}
	msg += fmt.Sprintf(" (COS's transient codes: %s)", strings.Join(transient, ", "))
	var fix *analysis.SuggestedFix
	if len(gaveUp) == 0 {
		fix = fc.cosRetryListFix(retriedValues, missing)
	}
	return msg, fix, true
}

// cosRetryListFix adds the missing codes to the one literal list every
// retried code comes from, unless one of them is compared elsewhere in
// the function (a case list would then hold it twice).
func (fc *funcCheck) cosRetryListFix(retried []extract.Value, missing []string) *analysis.SuggestedFix {
	if len(retried) == 0 || len(missing) == 0 {
		return nil
	}
	var list *codeList
	for _, v := range retried {
		lit, ok := v.At.(*ast.BasicLit)
		if !ok || lit != v.Lit || v.Before != "" || v.After != "" {
			return nil
		}
		l := fc.st.listOf(lit)
		if l == nil || (list != nil && l.node != list.node) {
			return nil
		}
		list = l
	}
	for _, c := range fc.comps {
		if slices.ContainsFunc(c.Values, func(v extract.Value) bool { return slices.Contains(missing, v.Text) }) {
			return nil
		}
	}
	return list.appendFix(fc.st.Pass.Fset, missing)
}
