package codes

import (
	"slices"
	"strings"
	"testing"
)

// FuzzSuggest checks Suggest against its contract on any code and any
// candidate list (one candidate per line): it never panics, suggests only
// candidates and never the code itself, returns them sorted and distinct,
// Unique means exactly one, and the kind is the first that applies in the
// order of preference, with the distance a plain edit-distance table
// gives. The seed corpus in testdata/fuzz/FuzzSuggest holds real codes
// and their near misses.
func FuzzSuggest(f *testing.F) {
	known := strings.Join([]string{
		"InvalidInstanceId.NotFound", "InvalidInstanceId.Malformed", "OperationDenied.MutexTaskRunning",
		"ResourceNotFoundError", "ResourceNotFundError", "InternalError.Timeout", "MissingParameter.",
		"InternalError.SYS_ERR", "RequestLimitExceeded", "RequestLimitExceeded.UinLimitExceeded",
	}, "\n")
	for _, code := range []string{"InvalidInstanceId.NotFonud", "internalerror.timeout", "DesOperation.MutexTaskRunning",
		"ResourceNotFuondError", "MissingParameter", "", "RequestLimitExceeded", "Ünïcode.Ç"} {
		f.Add(code, known)
	}
	f.Fuzz(func(t *testing.T, code, list string) {
		cands := strings.Split(list, "\n")
		s := Suggest(code, cands)
		checkSuggestion(t, code, cands, s)
	})
}

func checkSuggestion(t *testing.T, code string, cands []string, s Suggestion) {
	t.Helper()
	if (s.Kind == NoSuggestion) != (len(s.Codes) == 0) {
		t.Fatalf("Suggest(%q) = %+v: kind and codes disagree", code, s)
	}
	if s.Unique() != (len(s.Codes) == 1) {
		t.Fatalf("Suggest(%q) = %+v: Unique() = %v", code, s, s.Unique())
	}
	if !slices.IsSorted(s.Codes) || len(slices.Compact(slices.Clone(s.Codes))) != len(s.Codes) {
		t.Fatalf("Suggest(%q) = %+v: codes not sorted and distinct", code, s)
	}
	for _, c := range s.Codes {
		if c == code {
			t.Fatalf("Suggest(%q) suggests the code itself: %+v", code, s)
		}
		if !slices.Contains(cands, c) {
			t.Fatalf("Suggest(%q) suggests %q, which is not a candidate", code, c)
		}
	}
	// The reference: what each stage would find, in order.
	var folded, family []string
	best, limit := -1, MaxEditDistance(code)
	dot := strings.IndexByte(code, '.')
	for _, c := range cands {
		if c == code {
			continue
		}
		if len(c) == len(code) && strings.EqualFold(c, code) {
			folded = append(folded, c)
		}
		if d := referenceDistance(code, c); d <= limit && (best < 0 || d < best) {
			best = d
		}
		if dot > 0 && dot < len(code)-1 && Family(c) != Family(code) && c[len(Family(c)):] == code[dot:] &&
			!slices.Contains(family, c) {
			family = append(family, c)
		}
	}
	switch {
	case len(folded) > 0:
		if s.Kind != SameButCase {
			t.Fatalf("Suggest(%q) = %+v, but %q differs only in case", code, s, folded[0])
		}
	case best >= 0:
		if s.Kind != Misspelling || s.Distance != best {
			t.Fatalf("Suggest(%q) = %+v, want a misspelling at distance %d", code, s, best)
		}
		for _, c := range s.Codes {
			if d := referenceDistance(code, c); d != best {
				t.Fatalf("Suggest(%q) suggests %q at distance %d, want %d", code, c, d, best)
			}
		}
	case len(family) > 0 && len(family) <= maxFamilySuggestions:
		slices.Sort(family)
		if s.Kind != OtherFamily || !slices.Equal(s.Codes, family) {
			t.Fatalf("Suggest(%q) = %+v, want the same suffix under another family: %q", code, s, family)
		}
	case s.Kind != NoSuggestion: // no family suggestion either when too many codes share the suffix
		t.Fatalf("Suggest(%q) = %+v, want no suggestion", code, s)
	}
}

// FuzzEditDistance checks the optimised, cut-off distance against the
// plain table: equal below the cut-off, at least the cut-off otherwise.
func FuzzEditDistance(f *testing.F) {
	f.Add("InvalidInstanceId.NotFound", "InvalidInstanceId.NotFonud", 3)
	f.Add("ca", "abc", 2)
	f.Add("", "abc", 1)
	f.Fuzz(func(t *testing.T, a, b string, cutoff int) {
		if len(a) > 200 || len(b) > 200 || cutoff < 1 || cutoff > 300 {
			return
		}
		var buf editBuffers
		got, want := buf.distance(a, b, cutoff), referenceDistance(a, b)
		if want < cutoff && got != want || want >= cutoff && got < cutoff {
			t.Fatalf("distance(%q, %q, cutoff %d) = %d, want %d", a, b, cutoff, got, want)
		}
	})
}

// referenceDistance is the optimal-string-alignment distance from the full
// table, without the cut-off or buffer reuse of editBuffers.distance.
func referenceDistance(a, b string) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}
