package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// catalog is everything the generator encodes.
type catalog struct {
	release  string
	products []*product // sorted by name
}

// buildCatalog reads the products of every downloaded module (mods[i]
// belongs to pins[i]) and merges the ones several modules cover.
func buildCatalog(pins []pin, mods []module) (*catalog, error) {
	byName := make(map[string]*product)
	for i, pn := range pins {
		src := source{module: pn.module, version: pn.version, date: mods[i].date}
		dirs, err := productDirs(pn, mods[i].Dir)
		if err != nil {
			return nil, fmt.Errorf("%s@%s: %w", pn.module, pn.version, err)
		}
		found := false
		for _, dir := range dirs {
			p, err := readProductDir(dir)
			if err != nil {
				return nil, fmt.Errorf("%s@%s: %w", pn.module, pn.version, err)
			}
			if p == nil {
				continue
			}
			if pn.product != "" && p.name != pn.product {
				return nil, fmt.Errorf("%s@%s: holds product %q, pinned as %q", pn.module, pn.version, p.name, pn.product)
			}
			found = true
			p.sources = []source{src}
			if old := byName[p.name]; old != nil {
				old.merge(p)
			} else {
				byName[p.name] = p
			}
		}
		if !found {
			return nil, fmt.Errorf("%s@%s: no product version directories in %s", pn.module, pn.version, mods[i].Dir)
		}
	}
	c := &catalog{release: release(pins, mods)}
	for _, p := range byName {
		sortSources(p)
		c.products = append(c.products, p)
	}
	slices.SortFunc(c.products, func(a, b *product) int { return strings.Compare(a.name, b.name) })
	return c, nil
}

// productDirs returns the product directories of a downloaded module: the
// module root for a per-product module, every directory under tencentcloud/
// for a whole-SDK module.
func productDirs(pn pin, dir string) ([]string, error) {
	if pn.product != "" {
		return []string{dir}, nil
	}
	entries, err := os.ReadDir(filepath.Join(dir, "tencentcloud"))
	if err != nil {
		return nil, err
	}
	var dirs []string
	for _, e := range entries {
		if e.IsDir() {
			dirs = append(dirs, filepath.Join(dir, "tencentcloud", e.Name()))
		}
	}
	return dirs, nil
}

// sortSources puts a product's own module before whole-SDK modules, so the
// first source is the newest, most specific one; order is otherwise the
// pins file's.
func sortSources(p *product) {
	own := func(s source) bool { return strings.HasSuffix(s.module, "/"+p.name) }
	slices.SortStableFunc(p.sources, func(a, b source) int {
		switch {
		case own(a) && !own(b):
			return -1
		case own(b) && !own(a):
			return 1
		}
		return 0
	})
}
