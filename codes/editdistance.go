package codes

// editBuffers holds the rows of the edit-distance table so one suggestion
// pass over thousands of candidates allocates them once.
type editBuffers struct {
	prev2, prev, cur []int
}

// distance returns the optimal-string-alignment distance between a and b
// (insertions, deletions, substitutions and adjacent transpositions each
// cost one) when it is below cutoff, and some value >= cutoff otherwise.
//
// Only the band of cells with |i-j| < cutoff is computed: a cell outside
// it is at least |i-j| away, so whatever passes through one reaches the
// cutoff anyway; the band makes a pass over the whole catalog several
// times cheaper. A row whose band is all at the cutoff ends the work early.
func (e *editBuffers) distance(a, b string, cutoff int) int {
	n := len(b)
	if d := len(a) - n; d >= cutoff || -d >= cutoff {
		return cutoff
	}
	e.prev2 = fill(e.prev2, n+1, cutoff)
	e.prev = fill(e.prev, n+1, cutoff)
	e.cur = fill(e.cur, n+1, cutoff)
	for j := 0; j <= n && j < cutoff; j++ {
		e.prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		lo, hi := max(1, i-cutoff+1), min(n, i+cutoff-1)
		if lo > 1 {
			e.cur[lo-1] = cutoff // left edge of the band
		} else if i < cutoff {
			e.cur[0] = i
		} else {
			e.cur[0] = cutoff
		}
		rowMin := e.cur[lo-1]
		for j := lo; j <= hi; j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(e.prev[j]+1, e.cur[j-1]+1, e.prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, e.prev2[j-2]+1)
			}
			v = min(v, cutoff)
			e.cur[j] = v
			rowMin = min(rowMin, v)
		}
		if hi < n {
			e.cur[hi+1] = cutoff // right edge: stale values must not leak in
		}
		if rowMin >= cutoff {
			return cutoff
		}
		e.prev2, e.prev, e.cur = e.prev, e.cur, e.prev2
	}
	return e.prev[n]
}

// fill returns s resized to n with every element set to v.
func fill(s []int, n, v int) []int {
	if cap(s) < n {
		s = make([]int, n)
	}
	s = s[:n]
	for i := range s {
		s[i] = v
	}
	return s
}
