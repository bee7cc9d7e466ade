package codes

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// FuzzParsePage checks that no input makes the parser panic and that what
// it reports is always usable: code-shaped codes on lines that exist. The
// seed corpus in testdata/fuzz/FuzzParsePage holds small pages in each
// format; the fixtures under testdata/pages are added as well.
func FuzzParsePage(f *testing.F) {
	fixtures, _ := filepath.Glob(filepath.Join("testdata", "pages", "*"))
	for _, name := range fixtures {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := ParsePage(data)
		if err != nil {
			if p != nil {
				t.Fatalf("ParsePage returned a page with error %v", err)
			}
			return
		}
		lines := bytes.Count(data, []byte("\n")) + 1
		for _, e := range p.Entries {
			if !IsCodeShaped(e.Code) {
				t.Errorf("entry code %q is not code-shaped", e.Code)
			}
			if e.Line < 1 || e.Line > lines {
				t.Errorf("entry %q on line %d of %d", e.Code, e.Line, lines)
			}
		}
		for _, s := range p.Skipped {
			if s.Line < 1 || s.Line > lines || s.Reason == "" {
				t.Errorf("skipped row %+v: bad line (of %d) or no reason", s, lines)
			}
		}
		seen := make(map[string]bool)
		for _, c := range p.Codes() {
			if seen[c] {
				t.Errorf("Codes() repeats %q", c)
			}
			seen[c] = true
		}
	})
}
