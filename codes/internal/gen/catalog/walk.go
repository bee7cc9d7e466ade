package main

import (
	"fmt"
	"slices"
	"strings"
)

// flavor is one SDK repository and what its releases declared: the
// Chinese SDK (one module per product) or the intl-en SDK (one module).
type flavor struct {
	name     string // "tencentcloud-sdk-go"
	module   string // "github.com/tencentcloud/tencentcloud-sdk-go"
	releases []release
	products map[string]*productHistory
	// moduleTags maps a product to its newest module tag up to the newest
	// release, "tencentcloud/cvm/v1.3.162": the SDK tags a product's module
	// only in the releases that change it (beyond its go.mod).
	moduleTags map[string]release
}

// perProductModules reports whether each product is a module of its own,
// github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/<product>.
func (f *flavor) perProductModules() bool { return !strings.HasSuffix(f.module, "-intl-en") }

// productHistory is one product of one flavor across its releases.
type productHistory struct {
	name     string
	lastSeen int                  // index of the newest release holding the product
	ranges   map[string]codeRange // code → the releases that declared it
	tree     string               // the product's tree at lastSeen
	actions  int                  // actions of its client.go files at lastSeen, once read
}

// codeRange is the first and the last release (indexes into the flavor's
// releases) that declared a code. A code the SDK dropped and declared
// again spans the gap: the catalog keeps the range, not every release.
type codeRange struct{ first, last int }

// walker reads products out of one repository, caching by object hash:
// consecutive releases share almost every tree and blob.
type walker struct {
	repo       *gitRepo
	codesOf    map[string][]string // product tree hash → codes of its errors.go files
	errorsBlob map[string][]string // errors.go blob hash → its codes
}

// walkFlavor reads every release of the repository up to newest and
// records, per product, the releases that declared each code.
func walkFlavor(repo *gitRepo, name, module, newest string) (*flavor, error) {
	dates, err := repo.tagDates()
	if err != nil {
		return nil, err
	}
	rels, err := releasesUpTo(dates, newest)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", repo.dir, err)
	}
	f := &flavor{name: name, module: module, releases: rels, products: map[string]*productHistory{},
		moduleTags: newestModuleTags(dates, newest)}
	w := &walker{repo: repo, codesOf: map[string][]string{}, errorsBlob: map[string][]string{}}
	for i, rel := range rels {
		if err := w.readRelease(f, i, rel); err != nil {
			return nil, fmt.Errorf("%s %s: %w", name, rel.tag, err)
		}
	}
	return f, nil
}

// newestModuleTags finds, per product, the newest tag
// "tencentcloud/<product>/vX.Y.Z" at or before release newest.
func newestModuleTags(dates map[string]string, newest string) map[string]release {
	top, _ := semver(newest)
	best := map[string][3]int{}
	out := map[string]release{}
	for tag, date := range dates {
		rest, ok := strings.CutPrefix(tag, "tencentcloud/")
		if !ok {
			continue
		}
		name, version, ok := strings.Cut(rest, "/")
		v, isSemver := semver(version)
		if !ok || !isSemver || slices.Compare(v[:], top[:]) > 0 {
			continue
		}
		if b, seen := best[name]; !seen || slices.Compare(v[:], b[:]) > 0 {
			best[name] = v
			out[name] = release{version, date}
		}
	}
	return out
}

// readRelease adds release i to f's product histories.
func (w *walker) readRelease(f *flavor, i int, rel release) error {
	entries, err := w.repo.tree(rel.tag + ":tencentcloud")
	if err != nil {
		return err
	}
	for _, e := range entries {
		if !e.isDir {
			continue
		}
		codes, isProduct, err := w.productCodes(e.hash)
		if err != nil {
			return fmt.Errorf("%s: %w", e.name, err)
		}
		if !isProduct {
			continue // common, or a directory without API versions
		}
		h := f.products[e.name]
		if h == nil {
			h = &productHistory{name: e.name, ranges: map[string]codeRange{}}
			f.products[e.name] = h
		}
		h.lastSeen, h.tree = i, e.hash
		for _, c := range codes {
			r, ok := h.ranges[c]
			if !ok {
				r.first = i
			}
			r.last = i
			h.ranges[c] = r
		}
	}
	return nil
}

// productCodes returns the codes the errors.go files of a product tree
// declare, and whether the tree is a product at all (has a v<YYYYMMDD>
// directory).
func (w *walker) productCodes(treeHash string) (codes []string, isProduct bool, err error) {
	if codes, ok := w.codesOf[treeHash]; ok {
		return codes, codes != nil, nil
	}
	dirs, err := versionDirs(w.repo, treeHash)
	if err != nil {
		return nil, false, err
	}
	codes = []string{} // non-nil: a product, possibly without codes
	for _, d := range dirs {
		blob := d.files["errors.go"]
		if blob == "" {
			continue
		}
		cs, ok := w.errorsBlob[blob]
		if !ok {
			src, err := w.repo.blob(blob)
			if err != nil {
				return nil, false, err
			}
			if cs, err = readErrorsFile(d.name+"/errors.go", src); err != nil {
				return nil, false, err
			}
			w.errorsBlob[blob] = cs
		}
		codes = append(codes, cs...)
	}
	if len(dirs) == 0 {
		codes = nil
	}
	w.codesOf[treeHash] = codes
	return codes, codes != nil, nil
}

// versionDir is an API version directory of a product and the hashes of
// its files by name.
type versionDir struct {
	name  string // "v20170312"
	files map[string]string
}

// versionDirs lists the API version directories of a product tree.
func versionDirs(repo *gitRepo, treeHash string) ([]versionDir, error) {
	entries, err := repo.tree(treeHash)
	if err != nil {
		return nil, err
	}
	var dirs []versionDir
	for _, e := range entries {
		if !e.isDir || !isAPIVersion(e.name) {
			continue
		}
		files, err := repo.tree(e.hash)
		if err != nil {
			return nil, err
		}
		d := versionDir{name: e.name, files: map[string]string{}}
		for _, f := range files {
			if !f.isDir {
				d.files[f.name] = f.hash
			}
		}
		dirs = append(dirs, d)
	}
	slices.SortFunc(dirs, func(a, b versionDir) int { return strings.Compare(a.name, b.name) })
	return dirs, nil
}

// isAPIVersion matches v followed by eight digits (v20170312).
func isAPIVersion(s string) bool {
	if len(s) != 9 || s[0] != 'v' {
		return false
	}
	for _, c := range s[1:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
