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
	e.Uint(len(codes))
	prev := 0
	for _, c := range codes {
		i := index[c]
		e.Uint(i - prev)
		prev = i
	}
}

// Actions appends an action block: the sorted action names, then per
// action the index list of its codes (sorted) into productCodes (sorted).
// Codes not in productCodes are left out.
func (e *Encoder) Actions(actions map[string][]string, productCodes []string) {
	index := IndexOf(productCodes)
	names := slices.Sorted(maps.Keys(actions))
	e.Strs(names)
	for _, a := range names {
		var known []string
		for _, c := range actions[a] {
			if _, ok := index[c]; ok {
				known = append(known, c)
			}
		}
		slices.Sort(known)
		e.Indexes(slices.Compact(known), index)
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
