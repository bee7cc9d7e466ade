package catalogfmt

import (
	"fmt"
	"strings"
)

// Decoder reads the format's items from Data. The first error sticks and
// turns every later read into a zero value, so decoding code reads straight
// through and checks Err once.
type Decoder struct {
	data string
	off  int
	err  error
}

// NewDecoder returns a decoder reading data from its start.
func NewDecoder(data string) *Decoder { return &Decoder{data: data} }

// Err returns the first error met, nil if none.
func (d *Decoder) Err() error { return d.err }

// Skip moves past n bytes without reading them (a magic number, a header).
func (d *Decoder) Skip(n int) { d.Bytes(n) }

// Finish records an error when input is left over, and returns Err.
func (d *Decoder) Finish(what string) error {
	if d.err == nil && d.off != len(d.data) {
		d.Fail("trailing data in " + what)
	}
	return d.err
}

// Fail records msg at the current offset, if no error is recorded yet, and
// stops the decoding.
func (d *Decoder) Fail(msg string) {
	if d.err == nil {
		d.err = fmt.Errorf("%s at offset %d", msg, d.off)
	}
	d.off = len(d.data)
}

// Uint reads an unsigned varint.
func (d *Decoder) Uint() uint64 {
	var x uint64
	for shift := 0; shift < 64; shift += 7 {
		if d.off >= len(d.data) {
			d.Fail("truncated")
			return 0
		}
		b := d.data[d.off]
		d.off++
		x |= uint64(b&0x7f) << shift
		if b < 0x80 {
			return x
		}
	}
	d.Fail("bad varint")
	return 0
}

// Count reads a length, refusing one larger than the bytes left: every
// counted item takes at least one byte, so a larger count is corruption.
func (d *Decoder) Count() int {
	n := d.Uint()
	if n > uint64(len(d.data)-d.off) {
		d.Fail("bad count")
		return 0
	}
	return int(n)
}

// Bytes returns the next n bytes, as a substring of the data.
func (d *Decoder) Bytes(n int) string {
	if n > len(d.data)-d.off {
		d.Fail("truncated")
		return ""
	}
	s := d.data[d.off : d.off+n]
	d.off += n
	return s
}

// Str reads a length-prefixed string, as a substring of the data.
func (d *Decoder) Str() string { return d.Bytes(d.Count()) }

// Strs decodes a front-coded list in two passes: the first sums the
// lengths, so the second can rebuild every string into one buffer of the
// exact size and cut the list from it, with one allocation for all the text.
func (d *Decoder) Strs() []string {
	n := d.Count()
	begin, total, prevLen := d.off, 0, 0
	for range n {
		// A shared prefix is not a byte count: a long one may exceed the
		// bytes left, so it is bounded by the previous string instead.
		shared := d.Uint()
		if shared > uint64(prevLen) {
			d.Fail("bad shared prefix")
			return nil
		}
		prevLen = int(shared) + d.skipStr()
		total += prevLen
	}
	// Front coding shrinks text a few times at most; a larger total is
	// corruption, refused before it turns into a huge allocation.
	if total > 16*len(d.data)+4096 {
		d.Fail("implausible text length")
	}
	if d.err != nil {
		return nil
	}
	d.off = begin
	var b strings.Builder
	b.Grow(total)
	list := make([]string, n)
	prev := "" // the previous string, a slice of b's buffer
	for i := range list {
		shared := int(d.Uint())
		if shared > len(prev) {
			d.Fail("bad shared prefix")
			return nil
		}
		start := b.Len()
		// prev and everything written stay put: b never outgrows its Grow.
		b.WriteString(prev[:shared])
		b.WriteString(d.Str())
		prev = b.String()[start:]
		list[i] = prev
	}
	return list
}

// skipStr skips a string and returns its length.
func (d *Decoder) skipStr() int {
	n := d.Count()
	d.Bytes(n)
	return n
}

// Indexes decodes a gap-coded list of indexes below limit.
func (d *Decoder) Indexes(limit int) []int32 {
	n := d.Count()
	list := make([]int32, n)
	at := uint64(0) // the previous index
	for k := range list {
		gap := d.Uint()
		if k > 0 && gap == 0 || gap >= uint64(limit)-at {
			d.Fail("bad index")
			return nil
		}
		at += gap
		list[k] = int32(at)
	}
	return list
}

// Actions decodes an action block whose indexes point into productCodes:
// the sorted action names and each one's codes, sorted.
func (d *Decoder) Actions(productCodes []string) (names []string, codes map[string][]string) {
	names = d.Strs()
	codes = make(map[string][]string, len(names))
	for _, name := range names {
		codes[name] = Pick(productCodes, d.Indexes(len(productCodes)))
	}
	return names, codes
}

// Pick returns the strings of from at the given indexes.
func Pick(from []string, ix []int32) []string {
	list := make([]string, len(ix))
	for k, i := range ix {
		list[k] = from[i]
	}
	return list
}
