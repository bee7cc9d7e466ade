package codes

import (
	"sort"
	"strings"
)

// SuggestionKind says why a code was suggested, best first.
type SuggestionKind int

const (
	// NoSuggestion: nothing close enough.
	NoSuggestion SuggestionKind = iota
	// SameButCase: the candidates equal the code up to letter case.
	SameButCase
	// Misspelling: the candidates are a few edits away.
	Misspelling
	// OtherFamily: the candidates carry the same suffix under another
	// family root (DesOperation.X -> OperationDenied.X).
	OtherFamily
)

func (k SuggestionKind) String() string {
	switch k {
	case SameButCase:
		return "case"
	case Misspelling:
		return "spelling"
	case OtherFamily:
		return "family"
	}
	return "none"
}

// Suggestion is the outcome of Suggest: the kind of match and every
// candidate tied for best, sorted. Ties are real: some products declare
// misspelled codes next to the correct ones, so two valid codes may be
// equally near.
type Suggestion struct {
	Kind     SuggestionKind
	Codes    []string
	Distance int // edit distance, for Misspelling
}

// Unique reports whether exactly one candidate is best: only then is a
// mechanical fix safe.
func (s Suggestion) Unique() bool { return s.Kind != NoSuggestion && len(s.Codes) == 1 }

// MaxEditDistance is how many edits a code of this length may be from a
// candidate to count as a misspelling of it: longer codes tolerate more,
// short ones almost none, so "InvalidAction" never suggests "InvalidActor".
func MaxEditDistance(code string) int {
	d := 1 + len(code)/16
	if d > 3 {
		d = 3
	}
	return d
}

// Suggest returns the candidates nearest to code, in this order of
// preference: a case-only difference, then the smallest edit distance
// within MaxEditDistance (transpositions count as one edit), then the same
// suffix under another family. The caller checks membership first: a code
// in the set is valid, full stop, and Suggest is not asked about it.
func Suggest(code string, candidates []string) Suggestion {
	if s := suggestCase(code, candidates); s.Kind != NoSuggestion {
		return s
	}
	if s := suggestEdit(code, candidates); s.Kind != NoSuggestion {
		return s
	}
	return SuggestOtherFamily(code, candidates)
}

func suggestCase(code string, candidates []string) Suggestion {
	var out []string
	for _, c := range candidates {
		if len(c) == len(code) && c != code && strings.EqualFold(c, code) {
			out = append(out, c)
		}
	}
	return suggestion(SameButCase, out, 0)
}

func suggestEdit(code string, candidates []string) Suggestion {
	limit := MaxEditDistance(code)
	best := limit + 1
	var out []string
	var buf editBuffers
	for _, c := range candidates {
		if c == code || abs(len(c)-len(code)) > limit {
			continue
		}
		d := buf.distance(code, c, best+1) // best+1: an exact tie must not be cut short
		switch {
		case d < best:
			best, out = d, append(out[:0], c)
		case d == best:
			out = append(out, c)
		}
	}
	if best > limit {
		return Suggestion{}
	}
	return suggestion(Misspelling, out, best)
}

// maxFamilySuggestions bounds SuggestOtherFamily: a suffix shared by more
// codes than this (".NotFound") is too generic to point anywhere.
const maxFamilySuggestions = 3

// SuggestOtherFamily returns the candidates that carry code's suffix (all
// after the first dot) under another family root: what a code copied from
// another product most likely should be in this one.
func SuggestOtherFamily(code string, candidates []string) Suggestion {
	dot := strings.IndexByte(code, '.')
	if dot <= 0 || dot == len(code)-1 {
		return Suggestion{}
	}
	suffix, family := code[dot:], code[:dot]
	var out []string
	for _, c := range candidates {
		if strings.HasSuffix(c, suffix) && strings.IndexByte(c, '.') == len(c)-len(suffix) && Family(c) != family {
			out = append(out, c)
		}
	}
	if len(out) > maxFamilySuggestions {
		return Suggestion{}
	}
	return suggestion(OtherFamily, out, 0)
}

func suggestion(kind SuggestionKind, out []string, dist int) Suggestion {
	if len(out) == 0 {
		return Suggestion{}
	}
	sort.Strings(out)
	out = dedupSorted(out)
	return Suggestion{Kind: kind, Codes: out, Distance: dist}
}

func dedupSorted(s []string) []string {
	w := 0
	for i, v := range s {
		if i == 0 || v != s[w-1] {
			s[w] = v
			w++
		}
	}
	return s[:w]
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
