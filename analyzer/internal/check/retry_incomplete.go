package check

import (
	"fmt"
	"go/ast"
	"slices"
	"sort"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/extract"
	"github.com/tcerrcheck/tcerrcheck/codes"
	"golang.org/x/tools/go/analysis"
)

// checkRetryLogic reports each piece of retry logic that retries some
// retryable families but not others the origin can return, or that gives
// up on a retryable family. It is reported once, at the piece's start.
// Code that compares codes without retrying is not retry logic and is not
// looked at; nor is retry logic that retries none of the retryable
// families, unless it explicitly gives up on one.
func (fc *funcCheck) checkRetryLogic() {
	fc.reportRetryPieces(fc.st.RetryPieces(fc.unit), fc.judgeRetryPiece)
}

// reportRetryPieces reports each piece the judge finds incomplete, once,
// at its start.
func (fc *funcCheck) reportRetryPieces(pieces []extract.RetryPiece, judge func(extract.RetryPiece) (string, *analysis.SuggestedFix, bool)) {
	for _, p := range pieces {
		if msg, fix, ok := judge(p); ok {
			fc.st.reportNode(catRetryIncomplete, p.Node, msg, fix, fc.dirs)
		}
	}
}

// familyUse is how a piece treats one retryable family.
type familyUse struct {
	retried, handled, givenUp bool // handled: retried or outcome unknown
	// retriedCodes are the family's codes retried one by one, when
	// nothing retries the whole family: the message names them.
	retriedCodes []string
}

func (fc *funcCheck) judgeRetryPiece(p extract.RetryPiece) (string, *analysis.SuggestedFix, bool) {
	uses := map[string]*familyUse{}
	o, seen := extract.Origin{}, false
	parametrized := false // the caller passes (more) codes in
	var retriedValues []extract.Value
	for _, c := range fc.compsWithin(p.Body) {
		if !seen {
			o, seen = c.Ref.Origin, true
		} else {
			o = o.Merge(c.Ref.Origin)
		}
		for _, v := range c.Values {
			parametrized = parametrized || v.FromParam
			if fc.recordUse(uses, p, c, v) == extract.OutcomeRetry {
				retriedValues = append(retriedValues, v)
			}
		}
	}
	if !seen {
		return "", nil, false
	}
	var retried, givenUp, missing []string
	cands := fc.st.know.familyCandidates(o)
	for _, root := range fc.st.set.Retryable {
		u := uses[root]
		switch {
		case u != nil && u.retried && len(u.retriedCodes) > 0:
			retried = append(retried, u.retriedCodes...)
		case u != nil && u.retried:
			retried = append(retried, root)
		case u != nil && u.givenUp && !u.handled:
			givenUp = append(givenUp, root)
		case (u == nil || !u.handled) && familyReturnable(root, cands):
			missing = append(missing, root)
		}
	}
	if parametrized {
		missing = nil // callers add the families they want
	}
	if fc.unmatchedRetried(p) {
		missing = nil // what no comparison matches is retried: none is left out
	}
	if len(givenUp) == 0 && (len(retried) == 0 || len(missing) == 0) {
		return "", nil, false
	}
	msg := retryMessage(o, retried, givenUp, missing)
	var fix *analysis.SuggestedFix
	if len(givenUp) == 0 { // a give-up needs the logic changed, not the list
		var exact bool
		fix, exact = fc.retryListFix(retriedValues, missing)
		if exact {
			msg += "; the list is matched exactly, so adding a family's root to it would not cover the family's sub-codes"
		}
	}
	return msg, fix, true
}

// recordUse notes which retryable families value v touches and what
// matching it leads to, which it returns (unknown when v touches none).
func (fc *funcCheck) recordUse(uses map[string]*familyUse, p extract.RetryPiece, c extract.Comparison, v extract.Value) extract.Outcome {
	out := extract.OutcomeUnknown
	for _, root := range fc.st.set.Retryable {
		if !touchesFamily(v, root) {
			continue
		}
		if out == extract.OutcomeUnknown {
			out = fc.st.Branches(fc.unit).OutcomeOf(p, c, v)
		}
		u := uses[root]
		if u == nil {
			u = &familyUse{}
			uses[root] = u
		}
		switch {
		case out == extract.OutcomeRetry && coversFamily(v, root):
			u.retried, u.handled, u.retriedCodes = true, true, nil
		case out == extract.OutcomeRetry:
			if (!u.retried || len(u.retriedCodes) > 0) && !slices.Contains(u.retriedCodes, v.Text) {
				u.retriedCodes = append(u.retriedCodes, v.Text)
			}
			u.retried, u.handled = true, true
		case out == extract.OutcomeGiveUp && coversFamily(v, root):
			u.givenUp = true
		case out == extract.OutcomeGiveUp:
			// Giving up on one sub-code (InternalError.OssException) is a
			// choice about that code, not about the family.
		default:
			u.handled = true
		}
	}
	return out
}

// touchesFamily reports whether a value can match a member of the family.
func touchesFamily(v extract.Value, root string) bool {
	switch v.Mode {
	case extract.MatchPrefix:
		return codes.InFamily(v.Text, root) || strings.HasPrefix(root, v.Text)
	case extract.MatchSubstring:
		return codes.InFamily(v.Text, root) || strings.Contains(root, v.Text)
	case extract.MatchFold:
		return codes.InFamily(strings.ToLower(v.Text), strings.ToLower(root))
	case extract.MatchRoot:
		return codes.InFamily(v.Text, root) || codes.Family(root) == v.Text
	}
	return codes.InFamily(v.Text, root)
}

// coversFamily reports whether a value matches the whole family, not
// just some of its codes: the root compared exactly or by first segment,
// or a prefix or substring of the root.
func coversFamily(v extract.Value, root string) bool {
	switch v.Mode {
	case extract.MatchPrefix:
		return strings.HasPrefix(root, v.Text)
	case extract.MatchSubstring:
		return strings.Contains(root, v.Text)
	case extract.MatchFold:
		return strings.EqualFold(v.Text, root)
	}
	return v.Text == root
}

func familyReturnable(root string, candidates []string) bool {
	for _, c := range candidates {
		if codes.InFamily(c, root) {
			return true
		}
	}
	return false
}

// compsWithin returns the function's comparisons inside n. They were
// collected in source order, so a binary search finds them: a function
// with many retry loops stays linear.
func (fc *funcCheck) compsWithin(n ast.Node) []extract.Comparison {
	lo := sort.Search(len(fc.comps), func(i int) bool { return fc.comps[i].Node.Pos() >= n.Pos() })
	hi := sort.Search(len(fc.comps), func(i int) bool { return fc.comps[i].Node.Pos() >= n.End() })
	return fc.comps[lo:hi]
}

// retryMessage: "retry logic for cvm DescribeInstances retries InternalError
// but gives up on RequestLimitExceeded and never retries ServiceUnavailable,
// ClientError.NetworkError".
func retryMessage(o extract.Origin, retried, givenUp, missing []string) string {
	var b strings.Builder
	b.WriteString("retry logic")
	if phrase := originPhrase(o); phrase != "" {
		b.WriteString(" for " + phrase)
	}
	sep := ""
	if len(retried) > 0 {
		b.WriteString(" retries " + strings.Join(retried, ", "))
		sep = " but"
	}
	if len(givenUp) > 0 {
		b.WriteString(sep + " gives up on " + strings.Join(givenUp, ", "))
		sep = " and"
		if len(retried) == 0 {
			sep = ", and"
		}
	}
	if len(missing) > 0 {
		b.WriteString(sep + " never retries " + strings.Join(missing, ", "))
	}
	if len(givenUp) > 0 {
		b.WriteString(fmt.Sprintf("; %s should be retried with backoff", strings.Join(givenUp, ", ")))
	}
	return b.String()
}

// unmatchedRetried reports whether a code no comparison of the piece
// matches is retried: the piece's last word retries (DefaultOutcome), or
// the path past its last comparison does (a stop classifier whose switch
// falls through to return false).
func (fc *funcCheck) unmatchedRetried(p extract.RetryPiece) bool {
	br := fc.st.Branches(fc.unit)
	if br.DefaultOutcome(p) == extract.OutcomeRetry {
		return true
	}
	comps := fc.compsWithin(p.Body)
	if len(comps) == 0 || len(comps[len(comps)-1].Values) == 0 {
		return false
	}
	last := comps[len(comps)-1]
	return br.MissOutcome(p, last, last.Values[0]) == extract.OutcomeRetry
}
