package main

import (
	"fmt"
	"slices"
	"strings"
)

// product is what the catalog says of one product, over every flavor
// that has it.
type product struct {
	name     string
	sources  []source
	versions []string            // API version directories at the newest release, "v20170312", sorted
	codes    []string            // declared at the newest release of some flavor: sorted, distinct
	ever     []string            // declared by any release: a sorted superset of codes
	actions  map[string][]string // action → documented codes at the newest release, sorted, distinct
	history  [][]codeRange       // per flavor of the catalog, per code of ever; first -1: never
}

// source is the module version of a flavor a product was last read from.
type source struct {
	flavor  int    // index into catalog.flavors
	module  string // "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm"
	version string // the module version holding the newest state: "v1.3.162"
	date    string // its release date, YYYY-MM-DD
}

// never marks a code a flavor never declared for the product.
var never = codeRange{-1, -1}

// addFlavor adds what flavor f (index fi) says of the product: its newest
// API versions, actions and codes, and the ranges of every code.
func (p *product) addFlavor(repo *gitRepo, fi int, f *flavor, h *productHistory) error {
	versions, actions, err := readNewest(repo, h.tree)
	if err != nil {
		return fmt.Errorf("%s %s: %w", f.name, p.name, err)
	}
	p.versions = append(p.versions, versions...)
	h.actions = len(actions)
	for a, cs := range actions {
		p.actions[a] = append(p.actions[a], cs...)
		for _, c := range cs {
			if _, ok := h.ranges[c]; !ok {
				// Every listed code is in errors.go at the same release
				// today; one that is not counts as declared there.
				h.ranges[c] = codeRange{h.lastSeen, h.lastSeen}
			}
		}
	}
	for c, r := range h.ranges {
		p.ever = append(p.ever, c)
		if r.last == h.lastSeen {
			p.codes = append(p.codes, c)
		}
	}
	// The whole SDK's module at the product's newest release: the
	// intl-en SDK (published without a /v3 suffix), and products of the
	// Chinese SDK that were dropped before it had a module per product.
	rel := f.releases[h.lastSeen]
	s := source{flavor: fi, module: f.module, version: rel.tag, date: rel.date}
	if !f.perProductModules() {
		s.version += "+incompatible"
	} else if tag, ok := f.moduleTags[p.name]; ok {
		s.module, s.version, s.date = f.module+"/tencentcloud/"+p.name, tag.tag, tag.date
	}
	p.sources = append(p.sources, s)
	return nil
}

// finish sorts every list and fills in the history table, once every
// flavor has been added.
func (p *product) finish(flavors []*flavor) {
	p.versions = sortedSet(p.versions)
	p.codes = sortedSet(p.codes)
	p.ever = sortedSet(p.ever)
	for a, cs := range p.actions {
		p.actions[a] = sortedSet(cs)
	}
	p.history = make([][]codeRange, len(flavors))
	for fi, f := range flavors {
		ranges := make([]codeRange, len(p.ever))
		h := f.products[p.name]
		for k, c := range p.ever {
			r, ok := codeRange{}, false
			if h != nil {
				r, ok = h.ranges[c]
			}
			if !ok {
				r = never
			}
			ranges[k] = r
		}
		p.history[fi] = ranges
	}
}

// readNewest reads the API versions of a product tree and the actions of
// their client.go files with their documented codes.
func readNewest(repo *gitRepo, treeHash string) ([]string, map[string][]string, error) {
	dirs, err := versionDirs(repo, treeHash)
	if err != nil {
		return nil, nil, err
	}
	var versions []string
	actions := map[string][]string{}
	for _, d := range dirs {
		versions = append(versions, d.name)
		blob := d.files["client.go"]
		if blob == "" {
			continue
		}
		src, err := repo.blob(blob)
		if err != nil {
			return nil, nil, err
		}
		as, err := readClientFile(d.name+"/client.go", src)
		if err != nil {
			return nil, nil, err
		}
		for a, cs := range as {
			actions[a] = append(actions[a], cs...)
		}
	}
	return versions, actions, nil
}

// sortedSet sorts s and removes duplicates, keeping nil out of the result
// so an action without documented codes stays distinguishable from none.
func sortedSet(s []string) []string {
	slices.Sort(s)
	s = slices.Compact(s)
	if s == nil {
		return []string{}
	}
	return s
}

// removed returns the product's codes that no flavor declares at its
// newest release.
func (p *product) removed() []string {
	var out []string
	for _, c := range p.ever {
		if _, found := slices.BinarySearch(p.codes, c); !found {
			out = append(out, c)
		}
	}
	return out
}

// describe words a flavor's newest release: "tencentcloud-sdk-go v1.3.166
// (2026-08-21)".
func (f *flavor) describe() string {
	r := f.releases[len(f.releases)-1]
	return strings.TrimSpace(f.name + " " + r.tag + " (" + r.date + ")")
}
