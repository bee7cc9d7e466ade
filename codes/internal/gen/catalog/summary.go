package main

// summary counts what a catalog, or one flavor of it, holds; the generator
// logs it, and the README's counts are checked against the catalog's.
type summary struct {
	products, codes, actions int // at the newest release
	removedPairs             int // product-code pairs declared once, not at the newest release
	droppedProducts          int // products the newest release no longer has
}

// summarize counts the whole catalog: every product of either flavor.
func summarize(c *catalog) summary {
	s := summary{products: len(c.products)}
	seen := map[string]bool{}
	for _, p := range c.products {
		for _, code := range p.codes {
			seen[code] = true
		}
		s.actions += len(p.actions)
		s.removedPairs += len(p.removed())
	}
	s.codes = len(seen)
	return s
}

// summarize counts the products the flavor's newest release holds.
func (f *flavor) summarize() summary {
	var s summary
	newest := len(f.releases) - 1
	seen := map[string]bool{}
	for _, h := range f.products {
		if h.lastSeen != newest {
			s.droppedProducts++
			continue
		}
		s.products++
		s.actions += h.actions
		for c, r := range h.ranges {
			if r.last == newest {
				seen[c] = true
			} else {
				s.removedPairs++
			}
		}
	}
	s.codes = len(seen)
	return s
}
