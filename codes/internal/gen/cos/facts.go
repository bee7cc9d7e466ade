package main

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/codes"
)

// metaKeys are the "key: value" lines the facts file must have, naming the
// page the codes come from.
var metaKeys = []string{"source", "url", "intl-url", "read"}

// readOn are the values of the "Read on" column: which copy of the page a
// row was read on (errorcodes.md says what each is).
var readOn = []string{"page-2026", "page-2023", "page-2021"}

// facts is what the facts file says.
type facts struct {
	meta  map[string]string
	codes []code // sorted by name
	rows  int    // table rows read, duplicates included
}

// code is one distinct code with every status and copy it was listed under.
type code struct {
	name     string
	statuses []int    // ascending
	readOn   []string // in readOn's order
}

func readFacts(data []byte) (*facts, error) {
	f := &facts{meta: map[string]string{}}
	var errs []error
	for i, line := range strings.Split(string(data), "\n") {
		key, value, ok := strings.Cut(line, ":")
		if !ok || !slices.Contains(metaKeys, key) {
			continue
		}
		if _, dup := f.meta[key]; dup {
			errs = append(errs, fmt.Errorf("line %d: %s given twice", i+1, key))
		}
		f.meta[key] = strings.TrimSpace(value)
	}
	for _, k := range metaKeys {
		if f.meta[k] == "" {
			errs = append(errs, fmt.Errorf("no %q line naming the page", k+":"))
		}
	}
	page, err := codes.ParsePage(data)
	if err != nil {
		return nil, errors.Join(append(errs, err)...)
	}
	for _, s := range page.Skipped {
		errs = append(errs, fmt.Errorf("line %d: unusable row (%s): %s", s.Line, s.Reason, s.Text))
	}
	byName := map[string]*code{}
	for _, e := range page.Entries {
		status, source, err := rowFacts(e.Columns)
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d: %s: %v", e.Line, e.Code, err))
			continue
		}
		f.rows++
		c := byName[e.Code]
		if c == nil {
			c = &code{name: e.Code}
			byName[e.Code] = c
		}
		if slices.Contains(c.statuses, status) {
			errs = append(errs, fmt.Errorf("line %d: %s listed twice under %d", e.Line, e.Code, status))
		}
		c.statuses = append(c.statuses, status)
		c.readOn = append(c.readOn, source)
	}
	if len(byName) == 0 && len(errs) == 0 {
		errs = append(errs, errors.New("no codes"))
	}
	for _, c := range byName {
		slices.Sort(c.statuses)
		c.readOn = slices.DeleteFunc(slices.Clone(readOn), func(s string) bool { return !slices.Contains(c.readOn, s) })
		f.codes = append(f.codes, *c)
	}
	slices.SortFunc(f.codes, func(a, b code) int { return strings.Compare(a.name, b.name) })
	return f, errors.Join(errs...)
}

// rowFacts finds a row's HTTP status (the cell starting with a 4XX or 5XX
// status: the page lists no other errors) and its "Read on" value, in
// whatever column order the table has.
func rowFacts(cells []string) (status int, source string, err error) {
	for _, c := range cells {
		if slices.Contains(readOn, c) {
			if source != "" {
				return 0, "", errors.New("two Read on cells")
			}
			source = c
			continue
		}
		n, ok := leadingStatus(c)
		if !ok {
			continue
		}
		if status != 0 {
			return 0, "", errors.New("two HTTP status cells")
		}
		status = n
	}
	switch {
	case status == 0:
		return 0, "", fmt.Errorf("no HTTP status cell (4XX or 5XX) in %q", cells)
	case source == "":
		return 0, "", fmt.Errorf("no Read on cell (one of %s) in %q", strings.Join(readOn, ", "), cells)
	}
	return status, source, nil
}

// leadingStatus reads "404 Not Found" or "404" as 404, for 400 to 599.
func leadingStatus(cell string) (int, bool) {
	digits, _, _ := strings.Cut(cell, " ")
	n, err := strconv.Atoi(digits)
	if err != nil || len(digits) != 3 || n < 400 || n > 599 {
		return 0, false
	}
	return n, true
}
