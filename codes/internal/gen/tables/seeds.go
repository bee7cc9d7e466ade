package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/codes"
)

// seedFacts is what the seed pages say, before any annotation: each map
// goes from a code to the first page that lists it.
type seedFacts struct {
	pages  []seedSummary
	public map[string]string // in a public section of an API 3.0 page
	v3     map[string]string // anywhere on an API 3.0 page
	v2     map[string]string // on an API 2.0 page
	retry  map[string]bool   // some row for the code advises retrying later
}

// seedSummary describes one page for the header of the generated file.
type seedSummary struct {
	name string
	page *codes.Page
}

// retryLaterWords are what a description says when it advises retrying.
var retryLaterWords = []string{"稍后重试", "retry later", "try again later"}

// readSeeds parses every page in dir. A page that does not parse, or has rows
// the parser had to skip, is an error: a table built from half a page would
// quietly lose codes.
func readSeeds(dir string) (*seedFacts, error) {
	files, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	f := &seedFacts{public: map[string]string{}, v3: map[string]string{}, v2: map[string]string{}, retry: map[string]bool{}}
	var errs []error
	for _, file := range files {
		if !file.Type().IsRegular() || strings.HasPrefix(file.Name(), ".") {
			continue
		}
		if err := f.add(dir, file.Name()); err != nil {
			errs = append(errs, err)
		}
	}
	if len(f.pages) == 0 && len(errs) == 0 {
		errs = append(errs, fmt.Errorf("no seed pages in %s", dir))
	}
	return f, errors.Join(errs...)
}

// add records the codes of one page.
func (f *seedFacts) add(dir, name string) error {
	data, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		return err
	}
	page, err := codes.ParsePage(data)
	if err != nil {
		return fmt.Errorf("%s: %v", name, err)
	}
	var errs []error
	for _, s := range page.Skipped {
		errs = append(errs, fmt.Errorf("%s:%d: unusable row (%s): %s", name, s.Line, s.Reason, s.Text))
	}
	f.pages = append(f.pages, seedSummary{name, page})
	for _, e := range page.Entries {
		switch {
		case page.Legacy:
			setFirst(f.v2, e.Code, name)
		case e.Section == codes.SectionPublic:
			setFirst(f.public, e.Code, name)
			setFirst(f.v3, e.Code, name)
		default:
			setFirst(f.v3, e.Code, name)
		}
		f.retry[e.Code] = f.retry[e.Code] || advisesRetry(e.Columns)
	}
	return errors.Join(errs...)
}

func setFirst(m map[string]string, code, page string) {
	if _, ok := m[code]; !ok {
		m[code] = page
	}
}

func advisesRetry(columns []string) bool {
	for _, c := range columns {
		c = strings.ToLower(c)
		for _, w := range retryLaterWords {
			if strings.Contains(c, w) {
				return true
			}
		}
	}
	return false
}
