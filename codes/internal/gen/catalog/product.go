package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

// product is what one source, or the union of several, says about a product.
type product struct {
	name     string
	sources  []source
	versions []string            // API version directories, "v20170312", sorted
	codes    []string            // sorted, distinct
	actions  map[string][]string // action → documented codes, sorted, distinct
}

// source is a module version a product's codes were read from.
type source struct {
	module  string
	version string
	date    string // tag date, YYYY-MM-DD, "" when unknown
}

// versionDir matches an API version directory name.
var versionDir = regexp.MustCompile(`^v[0-9]{8}$`)

// readProductDir reads every API version directory v<YYYYMMDD> of the
// product directory dir and returns their union. The product is named after
// the directory, less the "@version" the module cache appends.
// Codes come from errors.go; actions and their documented codes from
// client.go. A directory with no version directories yields nil, nil: it is
// not a product (the intl-en module's tencentcloud/common, for one).
func readProductDir(dir string) (*product, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	name, _, _ := strings.Cut(filepath.Base(dir), "@")
	p := &product{name: name, actions: make(map[string][]string)}
	for _, e := range entries {
		if !e.IsDir() || !versionDir.MatchString(e.Name()) {
			continue
		}
		if err := p.readVersionDir(filepath.Join(dir, e.Name())); err != nil {
			return nil, err
		}
		p.versions = append(p.versions, e.Name())
	}
	if len(p.versions) == 0 {
		return nil, nil
	}
	p.normalize()
	return p, nil
}

// readVersionDir adds one API version's codes and actions to p. A version
// without errors.go declares no codes; one without client.go has no actions.
func (p *product) readVersionDir(dir string) error {
	codes, err := readErrorsFile(filepath.Join(dir, "errors.go"))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%s: %w", p.name, err)
	}
	p.codes = append(p.codes, codes...)
	actions, err := readClientFile(filepath.Join(dir, "client.go"))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%s: %w", p.name, err)
	}
	for a, cs := range actions {
		p.actions[a] = append(p.actions[a], cs...)
		// Every listed code is in errors.go today; keeping the union guards
		// against a product whose errors.go lags behind its client.go.
		p.codes = append(p.codes, cs...)
	}
	return nil
}

// merge adds q's versions, codes, actions and sources to p.
func (p *product) merge(q *product) {
	p.sources = append(p.sources, q.sources...)
	p.versions = append(p.versions, q.versions...)
	p.codes = append(p.codes, q.codes...)
	for a, cs := range q.actions {
		p.actions[a] = append(p.actions[a], cs...)
	}
	p.normalize()
}

// normalize sorts and deduplicates every list so the output is
// deterministic whatever the order of directories and sources.
func (p *product) normalize() {
	p.versions = sortedSet(p.versions)
	p.codes = sortedSet(p.codes)
	for a, cs := range p.actions {
		p.actions[a] = sortedSet(cs)
	}
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
