package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// catalog is everything the generator encodes.
type catalog struct {
	release  string // "tencentcloud-sdk-go v1.3.166 (2026-08-21) + tencentcloud-sdk-go-intl-en v3.0.1474 (2026-08-21)"
	flavors  []*flavor
	products []*product // sorted by name
}

// sdkRepo is one SDK repository to read, at the release to read up to.
type sdkRepo struct {
	name, module string
	dir          string // the git repository
	release      string // newest release tag to read
}

// buildCatalog walks every release of each repository up to its newest
// and merges the products of all of them.
func buildCatalog(repos []sdkRepo) (*catalog, error) {
	c := &catalog{}
	var opened []*gitRepo
	defer func() {
		for _, r := range opened {
			r.Close()
		}
	}()
	for _, sr := range repos {
		repo, err := openRepo(sr.dir)
		if err != nil {
			return nil, err
		}
		opened = append(opened, repo)
		f, err := walkFlavor(repo, sr.name, sr.module, sr.release)
		if err != nil {
			return nil, err
		}
		c.flavors = append(c.flavors, f)
	}
	byName := map[string]*product{}
	var clauses []string
	for fi, f := range c.flavors {
		clauses = append(clauses, f.describe())
		for _, name := range slices.Sorted(maps.Keys(f.products)) {
			p := byName[name]
			if p == nil {
				p = &product{name: name, actions: map[string][]string{}}
				byName[name] = p
			}
			if err := p.addFlavor(opened[fi], fi, f, f.products[name]); err != nil {
				return nil, err
			}
		}
	}
	if len(byName) == 0 {
		return nil, fmt.Errorf("no products found")
	}
	c.release = strings.Join(clauses, " + ")
	for _, name := range slices.Sorted(maps.Keys(byName)) {
		p := byName[name]
		p.finish(c.flavors)
		c.products = append(c.products, p)
	}
	return c, nil
}
