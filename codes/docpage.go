package codes

import (
	"errors"
	"fmt"
	"strings"
)

// Format is how a doc page writes its error-code tables.
type Format int

const (
	FormatMarkdown Format = iota // pipe tables under "#" headings
	FormatText                   // pipe tables flattened into plain text, no headings
	FormatHTML                   // <table> markup, possibly inside Markdown
)

func (f Format) String() string {
	switch f {
	case FormatMarkdown:
		return "markdown"
	case FormatText:
		return "text"
	case FormatHTML:
		return "html"
	}
	return fmt.Sprintf("Format(%d)", int(f))
}

// Section is the part of a page a code table sits in. API 3.0 pages split
// their codes into public codes (any product may return them) and business
// codes (this product's own).
type Section int

const (
	SectionUnknown Section = iota
	SectionPublic
	SectionBusiness
)

func (s Section) String() string {
	switch s {
	case SectionUnknown:
		return "unknown"
	case SectionPublic:
		return "public"
	case SectionBusiness:
		return "business"
	}
	return fmt.Sprintf("Section(%d)", int(s))
}

// PageEntry is one usable row of an error-code table.
type PageEntry struct {
	Code    string   // trimmed code cell
	Section Section  // from the nearest preceding section heading
	Columns []string // the row's other cells, trimmed, in order
	Line    int      // 1-based line in the input
}

// SkippedRow is a row that looked like part of an error-code table but could
// not be used. Reason says why, so a broken page is diagnosable rather than
// silently shorter.
type SkippedRow struct {
	Line   int
	Reason string
	Text   string
}

// Page is what ParsePage found on one error-code page.
type Page struct {
	Format Format
	// Legacy is set for an API 2.0 page: its table header names 错误代码
	// and 错误类型, where API 3.0 pages use 错误码 | 说明.
	Legacy  bool
	Columns []string // header cells of the first code table with a header
	Entries []PageEntry
	Skipped []SkippedRow
}

// errNoCodeTable is returned when a page holds nothing we recognise as an
// error-code table; a partial table is not an error, it yields Skipped rows.
var errNoCodeTable = errors.New("codes: no error-code table found " +
	"(no table header names 错误码, 错误代码 or Error Code, and no table row starts with a code)")

// ParsePage extracts the error-code tables of a Tencent Cloud error-code
// page written as Markdown, flattened text or HTML. It is tolerant: rows it
// cannot use are reported in Skipped, and it returns an error only when the
// page has no error-code table at all. It never panics.
func ParsePage(data []byte) (*Page, error) {
	text := strings.TrimPrefix(string(data), "\ufeff")
	p := &pageParser{page: &Page{Format: detectPageFormat(text)}}
	p.lineStarts = pageLineStarts(text)
	if p.page.Format == FormatHTML {
		p.parseHTMLDoc(text)
	} else {
		p.parseLines(text, 0)
	}
	p.endTable()
	if !p.found {
		return nil, errNoCodeTable
	}
	return p.page, nil
}

// Codes returns the distinct codes of the page in order of first appearance.
func (p *Page) Codes() []string { return p.codes(func(PageEntry) bool { return true }) }

// CodesIn returns the distinct codes of section s in order of first appearance.
func (p *Page) CodesIn(s Section) []string {
	return p.codes(func(e PageEntry) bool { return e.Section == s })
}

func (p *Page) codes(keep func(PageEntry) bool) []string {
	var out []string
	seen := make(map[string]bool)
	for _, e := range p.Entries {
		if keep(e) && !seen[e.Code] {
			seen[e.Code] = true
			out = append(out, e.Code)
		}
	}
	return out
}

// detectPageFormat decides how to read a page. Any table markup means HTML
// (the API 2.0 page is a Markdown page with an HTML table in it); pipe tables
// under "#" headings are Markdown; anything else is flattened text. Markdown
// and text go through the same pipe-table reader; HTML adds the tag reader.
func detectPageFormat(text string) Format {
	lower := strings.ToLower(text)
	if strings.Contains(lower, "<table") || strings.Contains(lower, "<tr") || strings.Contains(lower, "<td") {
		return FormatHTML
	}
	heading, separator := false, false
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		heading = heading || strings.HasPrefix(line, "#")
		separator = separator || isSeparatorRow(line)
	}
	if heading && separator {
		return FormatMarkdown
	}
	return FormatText
}
