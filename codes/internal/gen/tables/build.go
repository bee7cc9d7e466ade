package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/codes"
)

// tables are the three built-in tables, each sorted by code.
type tables struct {
	public, legacy, client []codes.Builtin
}

// buildTables joins the facts of the pages with the annotations. Legacy codes
// are the API 2.0 codes that no API 3.0 page lists: InternalError is on both,
// and a 3.0 caller comparing against it is right. RetryLater comes from the
// pages, for whichever table the code lands in.
func buildTables(f *seedFacts, anns []annotation) (*tables, error) {
	kinds := make(map[string]string) // what the pages make of each code
	for code := range f.public {
		kinds[code] = kindPublic
	}
	for code := range f.v2 {
		if _, v3 := f.v3[code]; !v3 {
			kinds[code] = kindLegacy
		}
	}
	byCode := make(map[string]annotation, len(anns))
	for _, a := range anns {
		byCode[a.code] = a
	}
	var errs []error
	for _, code := range sortedKeys(kinds) {
		if _, ok := byCode[code]; !ok {
			errs = append(errs, fmt.Errorf("%s code %s (on %s) has no annotation; add a line to annotations.tsv",
				kinds[code], code, f.source(code)))
		}
	}
	t := new(tables)
	for _, a := range anns {
		if err := f.checkAnnotation(a, kinds[a.code]); err != nil {
			errs = append(errs, err)
			continue
		}
		b := codes.Builtin{Code: a.code, Description: a.description, Equivalent: a.equivalent, RetryLater: f.retry[a.code]}
		switch a.kind {
		case kindPublic:
			t.public = append(t.public, b)
		case kindLegacy:
			t.legacy = append(t.legacy, b)
		case kindClient:
			t.client = append(t.client, b)
		}
	}
	for _, table := range [][]codes.Builtin{t.public, t.legacy, t.client} {
		slices.SortFunc(table, func(a, b codes.Builtin) int { return strings.Compare(a.Code, b.Code) })
	}
	return t, errors.Join(errs...)
}

// checkAnnotation compares a line with what the pages say about its code.
func (f *seedFacts) checkAnnotation(a annotation, kind string) error {
	switch {
	case a.kind == kindClient && f.source(a.code) != "":
		return a.errorf("annotated as a client code but listed on %s", f.source(a.code))
	case a.kind == kindClient:
		return nil
	case kind == "" && f.source(a.code) == "":
		return a.errorf("no seed page lists this code any more; remove or update the line")
	case kind == "":
		return a.errorf("annotated as %s, but on %s it is neither a public 3.0 code nor a 2.0-only code", a.kind, f.source(a.code))
	case kind != a.kind:
		return a.errorf("annotated as %s, but the seed pages make it a %s code (%s)", a.kind, kind, f.source(a.code))
	}
	if _, ok := f.v3[a.equivalent]; a.equivalent != "" && !ok {
		return a.errorf("equivalent %s is not an API 3.0 code on any seed page", a.equivalent)
	}
	return nil
}

// source names the first page listing code, preferring 3.0 pages.
func (f *seedFacts) source(code string) string {
	if p, ok := f.v3[code]; ok {
		return p
	}
	return f.v2[code]
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
