package analyzer

import (
	"fmt"
	"os"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/codes"
)

// loadPages reads user-supplied error-code pages ("product=path") with the
// doc-page parser: a team's private product, or codes newer than the
// catalog. Every code on a page becomes valid for its product, whatever
// section it is in.
func loadPages(specs []string) (map[string]codes.Set, error) {
	out := map[string]codes.Set{}
	for _, spec := range specs {
		if err := checkPageSpec(spec); err != nil {
			return nil, err
		}
		product, path, _ := strings.Cut(spec, "=")
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("error-code page for %s: %v", product, err)
		}
		page, err := codes.ParsePage(data)
		if err != nil {
			return nil, fmt.Errorf("error-code page %s for %s: %v", path, product, err)
		}
		if out[product] == nil {
			out[product] = codes.NewSet()
		}
		for _, code := range page.Codes() {
			out[product].Add(code)
		}
	}
	return out, nil
}

// checkPageSpec checks the product=path shape of a -pages item; the page
// itself is read when the analyzer first runs.
func checkPageSpec(spec string) error {
	if product, path, ok := strings.Cut(spec, "="); !ok || product == "" || path == "" {
		return fmt.Errorf("-%s wants product=path, got %q", FlagPages, spec)
	}
	return nil
}
