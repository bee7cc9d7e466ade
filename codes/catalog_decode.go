package codes

import (
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/tcerrcheck/tcerrcheck/codes/internal/catalogfmt"
)

// catalog is the decoded catalog.bin. Decoding is in tiers, so that a vet
// process, which analyzes one package and asks about a few products, pays
// for what it asks: the code list and the product table on first use, a
// product's code set on the first question about that product, the code →
// declarers index on the first question about declarers.
type catalog struct {
	release  string
	codes    []string // every distinct code, sorted
	products []string // sorted
	byName   map[string]*catalogProduct

	declarersOnce sync.Once
	declarers     [][]string // by code index: the products declaring it, sorted
}

// catalogProduct is one product. Its actions stay encoded until asked for:
// they are most of the file, and only the off-by-default wrong-action check,
// messages about one action and the tcerrcodes command read them.
type catalogProduct struct {
	modules  []Module
	versions []string
	codeIdx  []int32 // the product's codes, as indexes into catalog.codes

	codesOnce sync.Once
	codes     []string // sorted
	set       Set

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
		panicCorrupt(err)
	}
	return c
})

func panicCorrupt(err error) {
	panic("codes: embedded catalog.bin: " + err.Error() + " (regenerate with go generate ./codes)")
}

// productCodes returns the product's sorted codes and their set.
func (c *catalog) productCodes(p *catalogProduct) ([]string, Set) {
	p.codesOnce.Do(func() {
		p.codes = catalogfmt.Pick(c.codes, p.codeIdx)
		p.set = NewSet(p.codes...)
	})
	return p.codes, p.set
}

func (c *catalog) loadActions(p *catalogProduct) *catalogActions {
	p.actionsOnce.Do(func() {
		codes, _ := c.productCodes(p)
		a, err := decodeActions(p.actionBlock, codes)
		if err != nil {
			panicCorrupt(err)
		}
		p.actions = a
	})
	return &p.actions
}

// codeIndex returns code's index in c.codes, or -1 when no catalogued
// product declares it.
func (c *catalog) codeIndex(code string) int {
	if i, found := slices.BinarySearch(c.codes, code); found {
		return i
	}
	return -1
}

const (
	catalogMagic  = "TCEC"
	catalogFormat = 1
)

// decodeCatalog decodes the code list and the product table, and delimits
// each product's action block; the rest is decoded on demand.
func decodeCatalog(data string) (*catalog, error) {
	if len(data) < len(catalogMagic)+1 || data[:len(catalogMagic)] != catalogMagic {
		return nil, errors.New("not a catalog")
	}
	if f := data[len(catalogMagic)]; f != catalogFormat {
		return nil, fmt.Errorf("format %d, want %d", f, catalogFormat)
	}
	d := catalogfmt.NewDecoder(data)
	d.Skip(len(catalogMagic) + 1)
	c := &catalog{release: d.Str(), codes: d.Strs()}
	n := d.Count()
	c.products = make([]string, 0, n)
	c.byName = make(map[string]*catalogProduct, n)
	for i := 0; i < n && d.Err() == nil; i++ {
		name := d.Str()
		p := &catalogProduct{modules: make([]Module, d.Count())}
		for j := range p.modules {
			p.modules[j] = Module{Path: d.Str(), Version: d.Str(), Date: d.Str()}
		}
		p.versions = d.Strs()
		p.codeIdx = d.Indexes(len(c.codes))
		p.actionBlock = d.Bytes(d.Count())
		c.products = append(c.products, name)
		c.byName[name] = p
	}
	if err := d.Finish("catalog"); err != nil {
		return nil, err
	}
	return c, nil
}

// declarersOf returns the products that declare code, building the code →
// declarers index on first use. The declarer lists share one backing
// array, each capped so an append by a caller cannot run into its
// neighbour.
func (c *catalog) declarersOf(code string) []string {
	i := c.codeIndex(code)
	if i < 0 {
		return nil
	}
	c.declarersOnce.Do(func() {
		count := make([]int32, len(c.codes))
		total := 0
		for _, name := range c.products {
			for _, i := range c.byName[name].codeIdx {
				count[i]++
			}
			total += len(c.byName[name].codeIdx)
		}
		backing := make([]string, total)
		decl := make([][]string, len(c.codes))
		start := 0
		for i, n := range count {
			decl[i] = backing[start : start : start+int(n)]
			start += int(n)
		}
		for _, name := range c.products { // sorted, so each list is too
			for _, i := range c.byName[name].codeIdx {
				decl[i] = append(decl[i], name)
			}
		}
		c.declarers = decl
	})
	return c.declarers[i]
}

// decodeActions decodes a product's action block; its code indexes point
// into the product's own code list.
func decodeActions(block string, codes []string) (catalogActions, error) {
	d := catalogfmt.NewDecoder(block)
	var a catalogActions
	a.names, a.codes = d.Actions(codes)
	return a, d.Finish("action block")
}
