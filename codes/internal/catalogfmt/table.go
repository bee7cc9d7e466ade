package catalogfmt

import (
	"encoding/binary"
	"sort"
	"strings"
)

// A string table is a sorted list of distinct strings stored for random
// access: its length n, then n+1 little-endian uint32 offsets into the
// text, then the text, every string back to back. Reading one needs no
// decoding and no allocation: the loader of a vet process, which asks
// about a few codes of a few products, does not rebuild all 13,000.

// Table appends a string table of list, which must be sorted and distinct.
func (e *Encoder) Table(list []string) {
	e.Uint(len(list))
	off := 0
	for _, s := range list {
		e.Buf = binary.LittleEndian.AppendUint32(e.Buf, uint32(off))
		off += len(s)
	}
	e.Buf = binary.LittleEndian.AppendUint32(e.Buf, uint32(off))
	for _, s := range list {
		e.Buf = append(e.Buf, s...)
	}
}

// StringTable is a decoded string table: views into the data.
type StringTable struct {
	n       int
	offsets string // n+1 little-endian uint32
	text    string
}

// Len returns the number of strings.
func (t StringTable) Len() int { return t.n }

// At returns the i-th string, a substring of the data.
func (t StringTable) At(i int) string { return t.text[t.offset(i):t.offset(i+1)] }

func (t StringTable) offset(i int) uint32 {
	b := t.offsets[4*i : 4*i+4]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// Index returns the position of s, or -1.
func (t StringTable) Index(s string) int {
	i := sort.Search(t.n, func(i int) bool { return t.At(i) >= s })
	if i < t.n && t.At(i) == s {
		return i
	}
	return -1
}

// HasPrefix reports whether some string starts with prefix.
func (t StringTable) HasPrefix(prefix string) bool {
	i := sort.Search(t.n, func(i int) bool { return t.At(i) >= prefix })
	return i < t.n && strings.HasPrefix(t.At(i), prefix)
}

// All returns the strings as a new list.
func (t StringTable) All() []string {
	out := make([]string, t.n)
	for i := range out {
		out[i] = t.At(i)
	}
	return out
}

// Table reads a string table and checks it: offsets in order and within
// the text, strings sorted and distinct, so that At and Index cannot fail
// later.
func (d *Decoder) Table() StringTable {
	n := d.Count()
	if uint64(n+1)*4 > uint64(len(d.data)-d.off) {
		d.Fail("truncated string table")
		return StringTable{}
	}
	t := StringTable{n: n, offsets: d.Bytes(4 * (n + 1))}
	if t.offset(0) != 0 {
		d.Fail("bad string table offset")
		return StringTable{}
	}
	for i := range n {
		if t.offset(i) > t.offset(i+1) {
			d.Fail("bad string table offset")
			return StringTable{}
		}
	}
	t.text = d.Bytes(int(t.offset(n)))
	if d.err != nil {
		return StringTable{}
	}
	// Each string is compared with the one before, walking the offsets
	// once: a vet process pays this on its first catalog question.
	prev, end := "", t.offset(0)
	for i := range n {
		start := end
		end = t.offset(i + 1)
		s := t.text[start:end]
		if i > 0 && prev >= s {
			d.Fail("string table not sorted")
			return StringTable{}
		}
		prev = s
	}
	return t
}
