package extract

import (
	"encoding/binary"
	"errors"

	"github.com/tcerrcheck/tcerrcheck/codes"
)

// errorOriginFact encodes itself instead of leaving it to gob's reflection.
// The drivers copy facts about methods (a wrapper service's methods are
// most of these facts) into the facts of every package downstream, and an
// importing package decodes the copies of each of its imports: the main
// package of a big program decodes thousands. The encoding is a byte
// string: the call count, then per call its product's path and its action;
// then the error parameters and the func parameters, each a count and the
// indexes, all as uvarints and length-prefixed strings; then, only when
// the returned error is wrapped or more follows, flags (1: wrapped, 2:
// requests follow, 4: built codes follow), the requests (generic_fact.go)
// and the codes of the errors it builds (hand_built.go). The
// product's name and version are read back from its path.

// GobEncode implements gob.GobEncoder.
func (f *ErrorOriginFact) GobEncode() ([]byte, error) {
	var b []byte
	b = binary.AppendUvarint(b, uint64(len(f.Calls)))
	for _, c := range f.Calls {
		b = appendString(b, c.Path)
		b = appendString(b, c.Action)
	}
	for _, list := range [][]int{f.ErrParams, f.FuncParams} {
		b = binary.AppendUvarint(b, uint64(len(list)))
		for _, k := range list {
			b = binary.AppendUvarint(b, uint64(k))
		}
	}
	var flags uint64
	if f.Wrapped {
		flags |= flagWrapped
	}
	if len(f.Generic) > 0 {
		flags |= flagGeneric
	}
	if len(f.Built) > 0 {
		flags |= flagBuilt
	}
	if flags == 0 {
		return b, nil
	}
	b = binary.AppendUvarint(b, flags)
	if len(f.Generic) > 0 {
		b = binary.AppendUvarint(b, uint64(len(f.Generic)))
		for _, g := range f.Generic {
			b = appendRequest(b, g)
		}
	}
	if len(f.Built) > 0 {
		b = binary.AppendUvarint(b, uint64(len(f.Built)))
		for _, code := range f.Built {
			b = appendString(b, code)
		}
	}
	return b, nil
}

// GobDecode implements gob.GobDecoder.
func (f *ErrorOriginFact) GobDecode(data []byte) error {
	r := factReader{data: data}
	*f = ErrorOriginFact{}
	for range r.count() {
		c := factCall{Path: r.string(), Action: r.string()}
		var ok bool
		if c.Product, c.Version, ok = codes.ProductNameOf(c.Path); !ok && r.err == nil {
			r.err = errors.New("errorOriginFact: not a product path: " + c.Path)
		}
		f.Calls = append(f.Calls, c)
	}
	for _, list := range []*[]int{&f.ErrParams, &f.FuncParams} {
		for range r.count() {
			*list = append(*list, int(r.uint()))
		}
	}
	if r.err == nil && len(r.data) > 0 {
		flags := r.uint()
		if flags == 0 || flags&^(flagWrapped|flagGeneric|flagBuilt) != 0 {
			r.fail("bad flags")
		}
		f.Wrapped = flags&flagWrapped != 0
		if flags&flagGeneric != 0 {
			for range r.count() {
				f.Generic = append(f.Generic, r.request())
			}
			if len(f.Generic) == 0 {
				r.fail("no generic requests")
			}
		}
		if flags&flagBuilt != 0 {
			for range r.count() {
				f.Built = append(f.Built, r.string())
			}
			if len(f.Built) == 0 {
				r.fail("no built codes")
			}
		}
	}
	if r.err == nil && len(r.data) > 0 {
		r.err = errors.New("errorOriginFact: trailing data")
	}
	return r.err
}

const (
	flagWrapped = 1 << iota
	flagGeneric
	flagBuilt
)

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// factReader reads what GobEncode wrote; the first error sticks and makes
// every later read return zero.
type factReader struct {
	data []byte
	err  error
}

func (r *factReader) uint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.data)
	if n <= 0 {
		r.err = errors.New("errorOriginFact: bad varint")
		return 0
	}
	r.data = r.data[n:]
	return v
}

// fail records the first error.
func (r *factReader) fail(what string) {
	if r.err == nil {
		r.err = errors.New("errorOriginFact: " + what)
	}
}

// count reads a length no larger than the bytes left, each item taking
// one at least.
func (r *factReader) count() int {
	n := r.uint()
	if n > uint64(len(r.data)) {
		if r.err == nil {
			r.err = errors.New("errorOriginFact: bad count")
		}
		return 0
	}
	return int(n)
}

func (r *factReader) string() string {
	n := r.count()
	s := string(r.data[:n])
	r.data = r.data[n:]
	return s
}
