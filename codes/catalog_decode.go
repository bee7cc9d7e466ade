package codes

import (
	"errors"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/tcerrcheck/tcerrcheck/codes/internal/catalogfmt"
)

// catalog is the decoded catalog.bin. Decoding is in tiers, so that a vet
// process, which analyzes one package and asks about a few codes of a few
// products, pays for what it asks and allocates almost nothing: the code
// table and the product names are views into the embedded data; a
// product's record (modules, versions, codes, their set) is decoded on the
// first question about that product, its actions on the first question
// about them, and the code → declarers index on the first question about
// declarers.
type catalog struct {
	release  string
	sdks     []*catalogSDK
	codes    catalogfmt.StringTable           // every distinct code any release declared, sorted
	products []string                         // sorted
	records  []string                         // each product's encoded record, by index in products
	decoded  []atomic.Pointer[catalogProduct] // by index in products, set on first use

	allOnce sync.Once
	all     []string // codes as a list, for CatalogAllCodes

	declarersOnce sync.Once
	declarers     [][]string // by code index: the products declaring it, sorted
}

// catalogProduct is one product: its encoded record, decoded on first use.
// It is allocated only when the product is first asked about: a vet
// process asks about a few of 302.
type catalogProduct struct {
	record string

	once         sync.Once
	err          error
	modules      []Module
	versions     []string
	codeIdx      []int32 // the product's codes at the newest release, as indexes into catalog.codes
	actionBlock  string
	historyBlock string

	codesOnce sync.Once
	codes     []string // sorted
	set       Set

	actionsOnce sync.Once
	actions     catalogActions

	historyOnce sync.Once
	history     catalogHistory
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
		panicCorrupt(err)
	}
	return c
})

func panicCorrupt(err error) {
	panic("codes: embedded catalog.bin: " + err.Error() + " (regenerate with go generate ./codes)")
}

// product returns the named product with its record decoded and its codes
// listed, nil when the catalog has no such product.
func (c *catalog) product(name string) *catalogProduct {
	p := c.record(name)
	if p != nil {
		c.listCodes(p)
	}
	return p
}

// listCodes fills in the codes and the code set of a decoded record, once.
func (c *catalog) listCodes(p *catalogProduct) {
	p.codesOnce.Do(func() {
		p.codes = make([]string, len(p.codeIdx))
		for k, i := range p.codeIdx {
			p.codes[k] = c.codes.At(int(i))
		}
		p.set = NewSet(p.codes...)
	})
}

// record returns the named product with its record decoded, nil when the
// catalog has no such product.
func (c *catalog) record(name string) *catalogProduct {
	i, found := slices.BinarySearch(c.products, name)
	if !found {
		return nil
	}
	p := c.decoded[i].Load()
	if p == nil {
		c.decoded[i].CompareAndSwap(nil, &catalogProduct{record: c.records[i]})
		p = c.decoded[i].Load()
	}
	if err := c.decodeRecord(p); err != nil {
		panicCorrupt(err)
	}
	return p
}

// decodeRecord decodes a product's record once.
func (c *catalog) decodeRecord(p *catalogProduct) error {
	p.once.Do(func() {
		d := catalogfmt.NewDecoder(p.record)
		p.modules = make([]Module, d.Count())
		for j := range p.modules {
			sdk := d.Uint()
			if sdk >= uint64(len(c.sdks)) {
				d.Fail("bad SDK index")
				break
			}
			p.modules[j] = Module{SDK: c.sdks[sdk].name, Path: d.Str(), Version: d.Str(), Date: d.Str()}
		}
		p.versions = d.Strs()
		p.codeIdx = d.Indexes(c.codes.Len())
		p.actionBlock = d.Bytes(d.Count())
		p.historyBlock = d.Bytes(d.Count())
		p.err = d.Finish("product record")
	})
	return p.err
}

// loadActions decodes the actions of a product returned by product, once.
func (c *catalog) loadActions(p *catalogProduct) *catalogActions {
	p.actionsOnce.Do(func() {
		a, err := decodeActions(p.actionBlock, p.codes)
		if err != nil {
			panicCorrupt(err)
		}
		p.actions = a
	})
	return &p.actions
}

// allCodes returns the codes some product declares at its newest
// release, as a list built on first use (from the declarer index: a code
// only dropped ones declared has no declarers).
func (c *catalog) allCodes() []string {
	c.allOnce.Do(func() {
		c.declarersOf("")
		for i := range c.codes.Len() {
			if len(c.declarers[i]) > 0 {
				c.all = append(c.all, c.codes.At(i))
			}
		}
	})
	return c.all
}

const (
	catalogMagic  = "TCEC"
	catalogFormat = 3
)

// decodeCatalog reads the code table and the product names, and delimits
// each product's record; the records are decoded on demand.
func decodeCatalog(data string) (*catalog, error) {
	if len(data) < len(catalogMagic)+1 || data[:len(catalogMagic)] != catalogMagic {
		return nil, errors.New("not a catalog")
	}
	if f := data[len(catalogMagic)]; f != catalogFormat {
		return nil, fmt.Errorf("format %d, want %d", f, catalogFormat)
	}
	d := catalogfmt.NewDecoder(data)
	d.Skip(len(catalogMagic) + 1)
	c := &catalog{release: d.Str()}
	c.sdks = make([]*catalogSDK, d.Count())
	for i := range c.sdks {
		c.sdks[i] = &catalogSDK{name: d.Str(), module: d.Str(), releaseBlock: d.Str()}
	}
	c.codes = d.Table()
	n := d.Count()
	c.products = make([]string, 0, n)
	c.records = make([]string, 0, n)
	for i := 0; i < n && d.Err() == nil; i++ {
		name := d.Str()
		if len(c.products) > 0 && name <= c.products[len(c.products)-1] {
			d.Fail("products not sorted")
		}
		c.products = append(c.products, name)
		c.records = append(c.records, d.Str())
	}
	if err := d.Finish("catalog"); err != nil {
		return nil, err
	}
	c.decoded = make([]atomic.Pointer[catalogProduct], len(c.products))
	return c, nil
}

// declarersOf returns the products that declare code at their newest
// release (none for a code only dropped releases declared), building the code →
// declarers index on first use (it decodes every product's record, not
// their code sets). The
// declarer lists share one backing array, each capped so an append by a
// caller cannot run into its neighbour.
func (c *catalog) declarersOf(code string) []string {
	c.declarersOnce.Do(func() {
		count := make([]int32, c.codes.Len())
		total := 0
		for _, name := range c.products {
			p := c.record(name)
			for _, i := range p.codeIdx {
				count[i]++
			}
			total += len(p.codeIdx)
		}
		backing := make([]string, total)
		decl := make([][]string, c.codes.Len())
		start := 0
		for i, n := range count {
			decl[i] = backing[start : start : start+int(n)]
			start += int(n)
		}
		for _, name := range c.products { // sorted, so each list is too
			for _, i := range c.record(name).codeIdx {
				decl[i] = append(decl[i], name)
			}
		}
		c.declarers = decl
	})
	if i := c.codes.Index(code); i >= 0 && len(c.declarers[i]) > 0 {
		return c.declarers[i]
	}
	return nil
}

// decodeActions decodes a product's action block; its code indexes point
// into the product's own code list.
func decodeActions(block string, codes []string) (catalogActions, error) {
	d := catalogfmt.NewDecoder(block)
	var a catalogActions
	a.names, a.codes = d.Actions(codes)
	return a, d.Finish("action block")
}
