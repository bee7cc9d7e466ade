package codes

import (
	"slices"
	"strings"
	"sync"

	"github.com/tcerrcheck/tcerrcheck/codes/internal/catalogfmt"
)

// The catalog's history: the releases of each SDK repository, and for
// every code a product ever declared, the first and the last release of
// each SDK that declared it. It lets the analyzer tell a code the product
// still returns (declared at its newest release, or by a release newer
// than the caller's SDK) from one the SDK dropped.

// Release is one tagged release of an SDK repository.
type Release struct {
	SDK  string // "tencentcloud-sdk-go" or "tencentcloud-sdk-go-intl-en"
	Tag  string // "v1.3.166"
	Date string // YYYY-MM-DD
}

// String words the release: "tencentcloud-sdk-go v1.0.300 (2021-11-26)".
func (r Release) String() string { return r.SDK + " " + r.Tag + " (" + r.Date + ")" }

// CodeHistory says which releases of one SDK declared a code for a product.
type CodeHistory struct {
	First, Last Release
	// Current: the product's newest release in that SDK declares the code.
	Current bool
}

// SDK names, as Release.SDK and Module.SDK have them.
const (
	SDKChinese = "tencentcloud-sdk-go"
	SDKIntlEn  = "tencentcloud-sdk-go-intl-en"
)

// SDKOf returns the SDK an import path belongs to: the intl-en SDK when its
// module is the intl-en one, else the Chinese SDK, whose layout copies and
// forks follow.
func SDKOf(path string) string {
	if strings.Contains(path, "/"+SDKIntlEn+"/") {
		return SDKIntlEn
	}
	return SDKChinese
}

// catalogSDK is one SDK repository of the catalog; its releases are
// decoded when a release is first named.
type catalogSDK struct {
	name, module string
	releaseBlock string

	once     sync.Once
	err      error
	releases []Release // oldest first
}

// releaseAt returns the SDK's i-th release, decoding the list once.
func (s *catalogSDK) releaseAt(i int) Release {
	s.once.Do(func() {
		d := catalogfmt.NewDecoder(s.releaseBlock)
		s.releases = make([]Release, d.Count())
		for k := range s.releases {
			s.releases[k] = Release{SDK: s.name, Tag: d.Str(), Date: d.Str()}
		}
		s.err = d.Finish("release block")
	})
	if s.err != nil || i < 0 || i >= len(s.releases) {
		panicCorrupt(s.err)
	}
	return s.releases[i]
}

// catalogHistory is a product's decoded history block.
type catalogHistory struct {
	ever   []int32 // every code the product declared, as indexes into catalog.codes
	ranges [][]releaseRange
}

// releaseRange is a first and a last release index; first -1: never.
type releaseRange struct{ first, last int32 }

// decodeHistory decodes a product's history block against sdks releases.
func decodeHistory(block string, codeCount int, sdks []*catalogSDK) (catalogHistory, error) {
	d := catalogfmt.NewDecoder(block)
	h := catalogHistory{ever: d.Indexes(codeCount)}
	h.ranges = make([][]releaseRange, len(sdks))
	for si, sdk := range sdks {
		n := sdk.releaseCount()
		rs := make([]releaseRange, len(h.ever))
		for k := range rs {
			first := d.Uint()
			if first == 0 {
				rs[k] = releaseRange{-1, -1}
				continue
			}
			span := d.Uint()
			if first > uint64(n) || span >= uint64(n)-(first-1) {
				d.Fail("bad release range")
				break
			}
			rs[k] = releaseRange{int32(first - 1), int32(first - 1 + span)}
		}
		h.ranges[si] = rs
	}
	return h, d.Finish("history block")
}

// releaseCount returns how many releases the SDK has, 0 for a corrupt list.
func (s *catalogSDK) releaseCount() int {
	d := catalogfmt.NewDecoder(s.releaseBlock)
	return d.Count()
}

// loadHistory decodes the history of a product returned by product, once.
func (c *catalog) loadHistory(p *catalogProduct) *catalogHistory {
	p.historyOnce.Do(func() {
		h, err := decodeHistory(p.historyBlock, c.codes.Len(), c.sdks)
		if err != nil {
			panicCorrupt(err)
		}
		p.history = h
	})
	return &p.history
}

// rangesOf returns, per SDK, the releases that declared code for p, and
// false when no release did.
func (c *catalog) rangesOf(p *catalogProduct, code string) ([]releaseRange, bool) {
	i := c.codes.Index(code)
	if i < 0 {
		return nil, false
	}
	h := c.loadHistory(p)
	k, found := slices.BinarySearch(h.ever, int32(i))
	if !found {
		return nil, false
	}
	out := make([]releaseRange, len(c.sdks))
	for si := range c.sdks {
		out[si] = h.ranges[si][k]
	}
	return out, true
}

// CatalogCodeHistory returns, per SDK that ever declared code for product,
// the first and last releases that did (nil when none did).
func CatalogCodeHistory(product, code string) []CodeHistory {
	c := loadCatalog()
	p := c.product(product)
	if p == nil {
		return nil
	}
	ranges, ok := c.rangesOf(p, code)
	if !ok {
		return nil
	}
	current := p.set.Has(code)
	var out []CodeHistory
	for si, r := range ranges {
		if r.first < 0 {
			continue
		}
		sdk := c.sdks[si]
		last := sdk.releaseAt(int(r.last))
		out = append(out, CodeHistory{
			First:   sdk.releaseAt(int(r.first)),
			Last:    last,
			Current: current && c.newestOf(p, si) == int(r.last),
		})
	}
	return out
}

// newestOf returns the index of the product's newest release in SDK si:
// the last release any of its codes was declared in (-1 when none).
func (c *catalog) newestOf(p *catalogProduct, si int) int {
	newest := int32(-1)
	for _, r := range c.loadHistory(p).ranges[si] {
		newest = max(newest, r.last)
	}
	return int(newest)
}

// CatalogRemovedCodes returns the codes product declared in some release
// but no longer declares at the newest, sorted. Callers must not modify
// the result.
func CatalogRemovedCodes(product string) []string {
	c := loadCatalog()
	p := c.product(product)
	if p == nil {
		return nil
	}
	var out []string
	for _, i := range c.loadHistory(p).ever {
		if code := c.codes.At(int(i)); !p.set.Has(code) {
			out = append(out, code)
		}
	}
	return out
}

// CatalogRemoved reports whether product no longer returns code as far
// as the SDK can tell, and the last release that declared it:
//
//   - the product declared code in some catalogued release, and no SDK's
//     newest release of it declares it;
//   - inView, the codes of the product package the caller builds with (of
//     SDK sdk; empty when there is none), does not hold it;
//   - and that package is newer than the last release of sdk that declared
//     it, which is known when inView holds a code sdk first declared after
//     that release. A package possibly older than the code stays
//     unjudged: a release after the caller's declared it, and the server
//     returns codes newer than the caller's SDK.
func CatalogRemoved(product, code, sdk string, inView Set) (last Release, removed bool) {
	c := loadCatalog()
	p := c.product(product)
	if p == nil || p.set.Has(code) || inView.Has(code) {
		return Release{}, false
	}
	ranges, ok := c.rangesOf(p, code)
	if !ok {
		return Release{}, false
	}
	si := slices.IndexFunc(c.sdks, func(s *catalogSDK) bool { return s.name == sdk })
	if si >= 0 && ranges[si].first >= 0 {
		if len(inView) > 0 && c.viewFloor(p, si, inView) <= int(ranges[si].last) {
			return Release{}, false
		}
		return c.sdks[si].releaseAt(int(ranges[si].last)), true
	}
	for si, r := range ranges { // only another SDK declared it
		if r.first >= 0 {
			last = c.sdks[si].releaseAt(int(r.last))
		}
	}
	return last, true
}

// viewFloor returns the oldest release of SDK si that the product package
// holding inView can be: the newest first release among its codes.
func (c *catalog) viewFloor(p *catalogProduct, si int, inView Set) int {
	h := c.loadHistory(p)
	floor := -1
	for code := range inView {
		i := c.codes.Index(code)
		if i < 0 {
			continue
		}
		if k, found := slices.BinarySearch(h.ever, int32(i)); found {
			floor = max(floor, int(h.ranges[si][k].first))
		}
	}
	return floor
}

// ProductHistory is what the releases of each SDK said of one code for
// one product.
type ProductHistory struct {
	Product string
	SDKs    []CodeHistory // one per SDK that declared the code for the product
	Current bool          // some SDK's newest release of the product declares it
}

// CatalogHistoryOf returns, for every product any release of which
// declared code, the releases that did, sorted by product. It reads every
// product's history: a question for tcerrcodes, not for the analyzer.
func CatalogHistoryOf(code string) []ProductHistory {
	c := loadCatalog()
	if c.codes.Index(code) < 0 {
		return nil
	}
	var out []ProductHistory
	for _, name := range c.products {
		if h := CatalogCodeHistory(name, code); h != nil {
			out = append(out, ProductHistory{Product: name, SDKs: h, Current: c.product(name).set.Has(code)})
		}
	}
	return out
}
