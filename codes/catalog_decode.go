package codes

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

// catalog is the decoded catalog.bin.
type catalog struct {
	release   string
	codes     []string // every distinct code, sorted
	products  []string // sorted
	byName    map[string]*catalogProduct
	declarers map[string][]string // code → products, sorted
}

// catalogProduct is one product. Its actions stay encoded until asked for:
// they are most of the file, and only the off-by-default wrong-action check
// and the tcerrcodes command read them.
type catalogProduct struct {
	modules  []Module
	versions []string
	codes    []string // sorted
	set      Set

	actionBlock string
	actionsOnce sync.Once
	actions     catalogActions
}

// catalogActions is a product's decoded action block.
type catalogActions struct {
	names []string            // sorted
	codes map[string][]string // action → documented codes, sorted
}

// loadCatalog decodes the embedded catalog once. A corrupt catalog.bin is a
// broken build, not a user error, and the tests decode it in full, so it
// panics rather than quietly checking against an empty catalog.
var loadCatalog = sync.OnceValue(func() *catalog {
	c, err := decodeCatalog(catalogBin)
	if err != nil {
		panic("codes: embedded catalog.bin: " + err.Error() + " (regenerate with go generate ./codes)")
	}
	return c
})

func (p *catalogProduct) loadActions() *catalogActions {
	p.actionsOnce.Do(func() {
		a, err := decodeActions(p.actionBlock, p.codes)
		if err != nil {
			panic("codes: embedded catalog.bin: " + err.Error() + " (regenerate with go generate ./codes)")
		}
		p.actions = a
	})
	return &p.actions
}

const (
	catalogMagic  = "TCEC"
	catalogFormat = 1
)

// decodeCatalog decodes everything but the action blocks, which it only
// delimits, and precomputes the lookup maps.
func decodeCatalog(data string) (*catalog, error) {
	if len(data) < len(catalogMagic)+1 || data[:len(catalogMagic)] != catalogMagic {
		return nil, errors.New("not a catalog")
	}
	if f := data[len(catalogMagic)]; f != catalogFormat {
		return nil, fmt.Errorf("format %d, want %d", f, catalogFormat)
	}
	d := &catalogDecoder{data: data, off: len(catalogMagic) + 1}
	c := &catalog{release: d.str(), codes: d.strs()}
	n := d.count()
	c.products = make([]string, 0, n)
	c.byName = make(map[string]*catalogProduct, n)
	codeIdx := make([][]int32, 0, n)
	for i := 0; i < n && d.err == nil; i++ {
		name := d.str()
		p := &catalogProduct{modules: make([]Module, d.count())}
		for j := range p.modules {
			p.modules[j] = Module{Path: d.str(), Version: d.str(), Date: d.str()}
		}
		p.versions = d.strs()
		ix := d.indexes(len(c.codes))
		p.codes = pick(c.codes, ix)
		codeIdx = append(codeIdx, ix)
		p.actionBlock = d.bytes(d.count())
		c.products = append(c.products, name)
		c.byName[name] = p
	}
	if d.err == nil && d.off != len(data) {
		d.fail("trailing data")
	}
	if d.err != nil {
		return nil, d.err
	}
	c.index(codeIdx)
	return c, nil
}

// index builds the per-product sets and the code → declarers map from the
// products' code indexes. The declarer lists share one backing array, each
// capped so an append by a caller cannot run into its neighbour.
func (c *catalog) index(codeIdx [][]int32) {
	count := make([]int32, len(c.codes))
	total := 0
	for _, ix := range codeIdx {
		for _, i := range ix {
			count[i]++
		}
		total += len(ix)
	}
	backing := make([]string, total)
	decl := make([][]string, len(c.codes))
	start := 0
	for i, n := range count {
		decl[i] = backing[start : start : start+int(n)]
		start += int(n)
	}
	for k, name := range c.products { // sorted, so each list is too
		p := c.byName[name]
		p.set = NewSet(p.codes...)
		for _, i := range codeIdx[k] {
			decl[i] = append(decl[i], name)
		}
	}
	c.declarers = make(map[string][]string, len(c.codes))
	for i, code := range c.codes {
		c.declarers[code] = decl[i]
	}
}

// decodeActions decodes a product's action block; its code indexes point
// into the product's own code list.
func decodeActions(block string, codes []string) (catalogActions, error) {
	d := &catalogDecoder{data: block}
	a := catalogActions{names: d.strs()}
	a.codes = make(map[string][]string, len(a.names))
	for _, name := range a.names {
		a.codes[name] = pick(codes, d.indexes(len(codes)))
	}
	if d.err == nil && d.off != len(block) {
		d.fail("trailing data in action block")
	}
	return a, d.err
}

// catalogDecoder reads the varints, strings and lists of the format. The
// first error sticks and turns every later read into a zero value, so the
// decoding code reads straight through and checks once.
type catalogDecoder struct {
	data string
	off  int
	err  error
}

func (d *catalogDecoder) fail(msg string) {
	if d.err == nil {
		d.err = fmt.Errorf("%s at offset %d", msg, d.off)
	}
	d.off = len(d.data)
}

func (d *catalogDecoder) uint() uint64 {
	var x uint64
	for shift := 0; shift < 64; shift += 7 {
		if d.off >= len(d.data) {
			d.fail("truncated")
			return 0
		}
		b := d.data[d.off]
		d.off++
		x |= uint64(b&0x7f) << shift
		if b < 0x80 {
			return x
		}
	}
	d.fail("bad varint")
	return 0
}

// count reads a length, refusing one larger than the bytes left: every
// counted item takes at least one byte, so a larger count is corruption.
func (d *catalogDecoder) count() int {
	n := d.uint()
	if n > uint64(len(d.data)-d.off) {
		d.fail("bad count")
		return 0
	}
	return int(n)
}

// bytes returns the next n bytes, as a substring of the embedded data.
func (d *catalogDecoder) bytes(n int) string {
	if n > len(d.data)-d.off {
		d.fail("truncated")
		return ""
	}
	s := d.data[d.off : d.off+n]
	d.off += n
	return s
}

func (d *catalogDecoder) str() string { return d.bytes(d.count()) }

// strs decodes a front-coded list in two passes: the first sums the
// lengths, so the second can rebuild every string into one buffer of the
// exact size and cut the list from it, with one allocation for all the text.
func (d *catalogDecoder) strs() []string {
	n := d.count()
	begin, total, prevLen := d.off, 0, 0
	for range n {
		shared := d.count()
		if shared > prevLen {
			d.fail("bad shared prefix")
		}
		prevLen = shared + d.skipStr()
		total += prevLen
	}
	// Front coding shrinks text a few times at most; a larger total is
	// corruption, refused before it turns into a huge allocation.
	if total > 16*len(d.data)+4096 {
		d.fail("implausible text length")
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
		shared := d.count()
		if shared > len(prev) {
			d.fail("bad shared prefix")
			return nil
		}
		start := b.Len()
		// prev and everything written stay put: b never outgrows its Grow.
		b.WriteString(prev[:shared])
		b.WriteString(d.str())
		prev = b.String()[start:]
		list[i] = prev
	}
	return list
}

// skipStr skips a string and returns its length.
func (d *catalogDecoder) skipStr() int {
	n := d.count()
	d.bytes(n)
	return n
}

// indexes decodes a gap-coded list of indexes below limit.
func (d *catalogDecoder) indexes(limit int) []int32 {
	n := d.count()
	list := make([]int32, n)
	at := uint64(0) // the previous index
	for k := range list {
		gap := d.uint()
		if k > 0 && gap == 0 || gap >= uint64(limit)-at {
			d.fail("bad index")
			return nil
		}
		at += gap
		list[k] = int32(at)
	}
	return list
}

// pick returns the strings of from at the given indexes.
func pick(from []string, ix []int32) []string {
	list := make([]string, len(ix))
	for k, i := range ix {
		list[k] = from[i]
	}
	return list
}
