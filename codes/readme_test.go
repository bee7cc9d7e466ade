package codes

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
)

// readmeCatalog is the README's sentence about what the catalog holds,
// with its line breaks and indentation folded into single spaces.
var readmeCatalog = regexp.MustCompile(`It holds ([\d,]+) products, ([\d,]+) codes and ([\d,]+) actions at the newest releases \(tencentcloud-sdk-go (v[\d.]+), tencentcloud-sdk-go-intl-en (v[\d.]+)\), and ([\d,]+) codes that products declared once and no longer do`)

// TestReadmeCatalogFigures checks the README's catalog figures against
// the embedded catalog, so regenerating it without updating the README
// fails here.
func TestReadmeCatalogFigures(t *testing.T) {
	b, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	m := readmeCatalog.FindStringSubmatch(strings.Join(strings.Fields(string(b)), " "))
	if m == nil {
		t.Fatal("README.md has no sentence matching " + readmeCatalog.String())
	}
	actions, removed := 0, 0
	for _, p := range CatalogProducts() {
		actions += len(CatalogActions(p))
		removed += len(CatalogRemovedCodes(p))
	}
	want := []string{thousands(len(CatalogProducts())), thousands(len(CatalogAllCodes())), thousands(actions)}
	if got := m[1:4]; strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("README: %q products, codes, actions; the catalog has %q", got, want)
	}
	if m[6] != thousands(removed) {
		t.Errorf("README: %s removed codes; the catalog has %s", m[6], thousands(removed))
	}
	for _, release := range []string{SDKChinese + " " + m[4] + " (", SDKIntlEn + " " + m[5] + " ("} {
		if !strings.Contains(CatalogRelease(), release) {
			t.Errorf("README names %q; the catalog is of %q", release, CatalogRelease())
		}
	}
}

// readmeCOS is the README's sentence about how many codes COS's page lists.
var readmeCOS = regexp.MustCompile(`COS's error-code page lists (\d+) codes \((\d+) rows`)

// TestReadmeCOSFigures checks the README's COS figures against the table.
func TestReadmeCOSFigures(t *testing.T) {
	b, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	m := readmeCOS.FindStringSubmatch(strings.Join(strings.Fields(string(b)), " "))
	if m == nil {
		t.Fatal("README.md has no sentence matching " + readmeCOS.String())
	}
	rows := 0
	for _, c := range COS() {
		rows += len(c.Statuses)
	}
	if m[1] != fmt.Sprint(len(COS())) || m[2] != fmt.Sprint(rows) {
		t.Errorf("README: %s codes in %s rows; the table has %d codes in %d rows", m[1], m[2], len(COS()), rows)
	}
	if !strings.Contains(string(b), cosPageRead) || !strings.Contains(string(b), cosPageURL) {
		t.Errorf("README does not name the page %s and the date it was read, %s", cosPageURL, cosPageRead)
	}
}

// thousands writes n with comma separators, as the README does.
func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
