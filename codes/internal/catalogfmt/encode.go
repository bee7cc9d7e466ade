// Package catalogfmt holds the primitives of the catalog.bin format, shared
// by its writer (the generator in internal/gen/catalog) and its reader
// (package codes), and by the analyzer's per-product action facts, which
// use the format's action block.
//
// Integers are unsigned varints; a string is its length and bytes; a
// sorted string list is its length, then per string the length of the
// prefix shared with the previous one, the length of the rest and the rest
// ("front coding": codes and action names share long prefixes). An index
// list is its length, then the first index and the gaps between sorted
// indexes, which are mostly one byte.
package catalogfmt

import (
	"encoding/binary"
	"maps"
	"slices"
)

// Encoder appends the format's items to Buf.
type Encoder struct{ Buf []byte }

// Uint appends an unsigned varint.
func (e *Encoder) Uint(n int) { e.Buf = binary.AppendUvarint(e.Buf, uint64(n)) }

// Str appends a length-prefixed string.
func (e *Encoder) Str(s string) {
	e.Uint(len(s))
	e.Buf = append(e.Buf, s...)
}

// Strs front-codes a sorted list.
func (e *Encoder) Strs(list []string) {
	e.Uint(len(list))
	prev := ""
	for _, s := range list {
		n := 0
		for n < len(s) && n < len(prev) && s[n] == prev[n] {
			n++
		}
		e.Uint(n)
		e.Str(s[n:])
		prev = s
	}
}

// Indexes appends sorted codes as gaps between their positions in index.
func (e *Encoder) Indexes(codes []string, index map[string]int) {
	ix := make([]int, len(codes))
	for k, c := range codes {
		ix[k] = index[c]
	}
	e.indexList(ix)
}

// indexList appends sorted indexes as their count and gaps.
func (e *Encoder) indexList(ix []int) {
	e.Uint(len(ix))
	prev := 0
	for _, i := range ix {
		e.Uint(i - prev)
		prev = i
	}
}

// Actions appends an action block: the sorted action names, then per
// action the index list of its codes into productCodes (sorted). Codes not
// in productCodes are left out.
func (e *Encoder) Actions(actions map[string][]string, productCodes []string) {
	index := IndexOf(productCodes)
	names := slices.Sorted(maps.Keys(actions))
	e.Strs(names)
	var ix []int
	for _, a := range names {
		ix = ix[:0]
		for _, c := range actions[a] {
			if i, ok := index[c]; ok {
				ix = append(ix, i)
			}
		}
		slices.Sort(ix)
		e.indexList(slices.Compact(ix))
	}
}

// IndexOf maps each string of a sorted list to its position.
func IndexOf(list []string) map[string]int {
	m := make(map[string]int, len(list))
	for i, s := range list {
		m[s] = i
	}
	return m
}
