package main

import (
	_ "embed"
	"errors"
	"fmt"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/codes"
)

// annotationsTSV is embedded so the generator finds it from any working
// directory, and a test can run the generator in-process.
//
//go:embed annotations.tsv
var annotationsTSV []byte

// The kinds of annotation, one per built-in table.
const (
	kindPublic = "public"
	kindLegacy = "legacy"
	kindClient = "client"
)

// annotation is one line of annotations.tsv; see its header for the columns.
type annotation struct {
	line        int
	kind        string
	code        string
	equivalent  string
	description string
	note        string
}

// parseAnnotations reads annotations.tsv, reporting every bad line at once.
func parseAnnotations(data []byte) ([]annotation, error) {
	var anns []annotation
	var errs []error
	seen := make(map[string]int)
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSuffix(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			errs = append(errs, fmt.Errorf("annotations.tsv:%d: want 5 tab-separated columns "+
				"(kind, code, equivalent, description, note), got %d", i+1, len(f)))
			continue
		}
		a := annotation{line: i + 1, kind: f[0], code: f[1], equivalent: f[2], description: f[3], note: f[4]}
		if err := a.check(); err != nil {
			errs = append(errs, err)
			continue
		}
		if prev, dup := seen[a.code]; dup {
			errs = append(errs, a.errorf("already annotated on line %d", prev))
			continue
		}
		seen[a.code] = a.line
		anns = append(anns, a)
	}
	return anns, errors.Join(errs...)
}

// check validates a line on its own, before it is compared with the pages.
func (a annotation) check() error {
	switch {
	case a.kind != kindPublic && a.kind != kindLegacy && a.kind != kindClient:
		return a.errorf("unknown kind %q; want public, legacy or client", a.kind)
	case !codes.IsCodeShaped(a.code):
		return a.errorf("not an error code")
	case a.equivalent != "" && a.kind != kindLegacy:
		return a.errorf("only legacy codes have an equivalent")
	case a.equivalent != "" && !codes.IsCodeShaped(a.equivalent):
		return a.errorf("equivalent %q is not an error code", a.equivalent)
	case a.kind == kindClient && codes.Family(a.code) != "ClientError":
		return a.errorf("client codes are in the ClientError family")
	}
	if n := len(strings.Fields(a.description)); n < 3 || n > 10 {
		return a.errorf("description has %d words; write 3 to 10 words of our own", n)
	}
	for _, r := range a.description {
		if r < ' ' || r > '~' {
			return a.errorf("description %q is not plain English text", a.description)
		}
	}
	return nil
}

func (a annotation) errorf(format string, args ...any) error {
	return fmt.Errorf("annotations.tsv:%d: %s: %s", a.line, a.code, fmt.Sprintf(format, args...))
}
