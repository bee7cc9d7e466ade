package codes

import (
	"slices"
	"strings"
)

// Nearest ranks candidates by closeness to s for people browsing codes
// (tcerrcodes), up to limit of them: the edit distance ignoring case (so a
// case-only difference costs nothing) within a budget that grows with the
// length of s, ties broken by the distance in exact case, then
// alphabetically. s itself is never returned. Unlike Suggest it offers
// several near codes rather than the best ones only.
func Nearest(s string, candidates []string, limit int) []string {
	type hit struct {
		cand        string
		dist, exact int
	}
	budget := max(2, len(s)/10)
	lower := strings.ToLower(s)
	var buf editBuffers
	var hits []hit
	for _, c := range candidates {
		if c == s || abs(len(c)-len(s)) > budget {
			continue
		}
		if d := buf.distance(lower, strings.ToLower(c), budget+1); d <= budget {
			hits = append(hits, hit{c, d, buf.distance(s, c, len(s)+len(c)+1)})
		}
	}
	slices.SortFunc(hits, func(a, b hit) int {
		if a.dist != b.dist {
			return a.dist - b.dist
		}
		if a.exact != b.exact {
			return a.exact - b.exact
		}
		return strings.Compare(a.cand, b.cand)
	})
	var out []string
	for _, h := range hits[:min(len(hits), limit)] {
		out = append(out, h.cand)
	}
	return out
}
