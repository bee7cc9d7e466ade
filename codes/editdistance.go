package codes

// editBuffers holds the rows of the edit-distance table so one suggestion
// pass over thousands of candidates allocates them once.
type editBuffers struct {
	prev2, prev, cur []int
}

// distance returns the optimal-string-alignment distance between a and b
// (insertions, deletions, substitutions and adjacent transpositions each
// cost one), or any value >= cutoff as soon as it is certain the distance
// reaches cutoff: a row whose minimum is already at the cutoff can only
// grow.
func (e *editBuffers) distance(a, b string, cutoff int) int {
	n := len(b)
	e.prev2 = grow(e.prev2, n+1)
	e.prev = grow(e.prev, n+1)
	e.cur = grow(e.cur, n+1)
	for j := 0; j <= n; j++ {
		e.prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		e.cur[0] = i
		rowMin := i
		for j := 1; j <= n; j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(e.prev[j]+1, e.cur[j-1]+1, e.prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, e.prev2[j-2]+1)
			}
			e.cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin >= cutoff {
			return cutoff
		}
		e.prev2, e.prev, e.cur = e.prev, e.cur, e.prev2
	}
	return e.prev[n]
}

func grow(s []int, n int) []int {
	if cap(s) < n {
		return make([]int, n)
	}
	return s[:n]
}
