package main

import (
	"slices"
	"strings"
)

// maxNearest caps how many near codes an answer offers.
const maxNearest = 5

// nearest returns up to maxNearest candidates closest to s: an edit
// distance on lower-cased text, so a case-only difference costs nothing,
// within a budget that grows with the length of s. Ties go to the
// candidate closer in exact case, then alphabetically. A deliberately
// simple scan: the catalog has some 8,000 codes and this runs once per
// question.
func nearest(s string, candidates []string) []string {
	type hit struct {
		cand        string
		dist, exact int
	}
	budget := max(2, len(s)/10)
	ls := strings.ToLower(s)
	var hits []hit
	for _, c := range candidates {
		if c == s || abs(len(c)-len(s)) > budget {
			continue
		}
		if d := distance(ls, strings.ToLower(c), budget); d <= budget {
			hits = append(hits, hit{c, d, distance(s, c, len(s)+len(c))})
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
	for _, h := range hits[:min(len(hits), maxNearest)] {
		out = append(out, h.cand)
	}
	return out
}

// distance is the Levenshtein distance between a and b, or a value above
// budget as soon as every path exceeds it.
func distance(a, b string, budget int) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > budget {
			return budget + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func abs(n int) int { return max(n, -n) }
