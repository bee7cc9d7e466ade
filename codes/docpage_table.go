package codes

import (
	"fmt"
	"html"
	"sort"
	"strings"
	"unicode/utf8"
)

// pageLineStarts returns the byte offset at which each line begins.
func pageLineStarts(text string) []int {
	starts := []int{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// lineAt returns the 1-based line holding byte offset off.
func (p *pageParser) lineAt(off int) int {
	return sort.SearchInts(p.lineStarts, off+1)
}

// pageParser holds the reading state shared by the pipe-table and HTML
// readers: they turn the page into header rows, data rows and other lines,
// and the methods below decide what those mean.
type pageParser struct {
	page       *Page
	lineStarts []int
	section    Section    // from the latest section heading
	table      *pageTable // the open table, nil between tables
	found      bool       // an error-code table was seen
}

// pageTable is an open table. Tables whose header names no code column
// (parameter tables and the like) are tracked only so their rows are ignored.
type pageTable struct {
	codes   bool
	codeCol int
	ncols   int // cells a data row must have
	section Section
}

func (p *pageParser) endTable() { p.table = nil }

// header opens a new table with the given header cells.
func (p *pageParser) header(cells []string) {
	keys := make([]string, len(cells))
	col := -1
	for i, c := range cells {
		keys[i] = headerKey(c)
		if col < 0 && codeHeaders[keys[i]] {
			col = i
		}
	}
	if col < 0 {
		p.table = &pageTable{}
		return
	}
	p.table = &pageTable{codes: true, codeCol: col, ncols: len(cells), section: p.section}
	p.found = true
	for _, k := range keys {
		p.page.Legacy = p.page.Legacy || legacyHeaders[k]
	}
	if p.page.Columns == nil {
		for _, c := range cells {
			p.page.Columns = append(p.page.Columns, cleanPageCell(c))
		}
	}
}

// row handles a data row. cellLines, when not nil, gives each cell's own
// line (HTML rows span lines); otherwise the row sits on line.
func (p *pageParser) row(cells []string, cellLines []int, line int, text string) {
	if p.table == nil {
		// A headerless table (its header lost or never written) still
		// counts when its first row starts with a code.
		if len(cells) < 2 || !IsCodeShaped(cleanCodeCell(cells[0])) {
			return
		}
		p.table = &pageTable{codes: true, ncols: len(cells), section: p.section}
		p.found = true
	}
	t := p.table
	if !t.codes {
		return
	}
	for len(cells) > t.ncols && strings.TrimSpace(cells[len(cells)-1]) == "" {
		cells = cells[:len(cells)-1] // a trailing "| |" adds nothing
	}
	if t.codeCol < len(cellLines) {
		line = cellLines[t.codeCol]
	}
	skip := func(format string, args ...any) {
		p.page.Skipped = append(p.page.Skipped, SkippedRow{Line: line, Reason: fmt.Sprintf(format, args...), Text: text})
	}
	if strings.TrimSpace(strings.Join(cells, "")) == "" {
		skip("empty row")
		return
	}
	if len(cells) != t.ncols {
		skip("row has %d cell(s), the table has %d column(s)", len(cells), t.ncols)
		return
	}
	code := cleanCodeCell(cells[t.codeCol])
	if code == "" {
		skip("empty code cell")
		return
	}
	if !IsCodeShaped(code) {
		skip("code cell %q is not an error code", code)
		return
	}
	e := PageEntry{Code: code, Section: t.section, Line: line}
	for i, c := range cells {
		if i != t.codeCol {
			e.Columns = append(e.Columns, strings.TrimSpace(c))
		}
	}
	p.page.Entries = append(p.page.Entries, e)
}

// marker looks at a line outside any table for a section heading.
func (p *pageParser) marker(line string) {
	if s, ok := sectionMarker(line); ok {
		p.section = s
	}
}

// Header names are compared as headerKey normalises them. Pages in English
// use "Error Code | Description"; the API 2.0 page adds an error-type column.
var (
	codeHeaders   = pageWordSet("错误码", "错误代码", "错误码名称", "errorcode", "errcode", "code")
	legacyHeaders = pageWordSet("错误代码", "错误类型", "errortype")
	descHeaders   = pageWordSet("说明", "描述", "错误描述", "错误说明", "错误信息", "错误类型", "含义",
		"description", "message", "errormessage", "errortype", "meaning")
)

func pageWordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// looksLikeHeader reports whether a row without a separator below it (HTML,
// or a flattened table that lost it) is a header. A bare "Code" is a
// plausible code, so it counts only beside a description column.
func looksLikeHeader(cells []string) bool {
	code, desc := false, false
	for _, c := range cells {
		switch k := headerKey(c); {
		case k == "code":
			code = true
		case codeHeaders[k]:
			return true
		case descHeaders[k]:
			desc = true
		}
	}
	return code && desc
}

func headerKey(cell string) string {
	return headerKeyReplacer.Replace(strings.ToLower(cleanCodeCell(cell)))
}

var headerKeyReplacer = strings.NewReplacer(" ", "", "_", "", "-", "", ":", "", "：", "")

// sectionWords name the two sections, in Chinese and in the English of the
// international site.
var sectionWords = []struct {
	word    string
	section Section
}{
	{"公共错误码", SectionPublic},
	{"common error code", SectionPublic},
	{"public error code", SectionPublic},
	{"业务错误码", SectionBusiness},
	{"business error code", SectionBusiness},
	{"service error code", SectionBusiness},
}

// sectionMarker reports the section a heading or short line announces.
// Long non-heading lines are prose that may mention a section in passing.
func sectionMarker(line string) (Section, bool) {
	line = strings.TrimSpace(line)
	heading := strings.HasPrefix(line, "#")
	s := strings.Trim(cleanPageCell(strings.TrimLeft(line, "#")), "*_ ")
	if !heading && utf8.RuneCountInString(s) > 40 {
		return SectionUnknown, false
	}
	lower := strings.ToLower(s)
	best, sec := -1, SectionUnknown
	for _, w := range sectionWords {
		if i := strings.LastIndex(lower, w.word); i > best {
			best, sec = i, w.section
		}
	}
	return sec, best >= 0
}

// cleanPageCell reduces a cell to its text: tags dropped, entities decoded,
// invisible characters removed, runs of white space collapsed.
func cleanPageCell(s string) string {
	s = html.UnescapeString(stripPageTags(s))
	s = strings.Map(func(r rune) rune {
		switch r {
		case '\u200b', '\u200c', '\u200d', '\ufeff':
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// cleanCodeCell also strips the Markdown a code may be dressed in:
// `Code`, **Code**, [Code](link), "Code".
func cleanCodeCell(s string) string {
	c := cleanPageCell(s)
	if j := strings.Index(c, "]("); strings.HasPrefix(c, "[") && j > 0 && strings.HasSuffix(c, ")") {
		c = c[1:j]
	}
	c = strings.Map(func(r rune) rune {
		if r == '`' || r == '*' {
			return -1
		}
		return r
	}, c)
	return strings.TrimSpace(strings.Trim(c, `"'“”`))
}

// stripPageTags removes things that look like HTML tags.
func stripPageTags(s string) string {
	if !strings.Contains(s, "<") {
		return s
	}
	var b strings.Builder
	closed := true // a ">" may still follow; once none does, stop looking
	for i := 0; i < len(s); {
		if closed && s[i] == '<' && i+1 < len(s) && (isPageTagStart(s[i+1]) || s[i+1] == '/' || s[i+1] == '!') {
			if j := strings.IndexByte(s[i:], '>'); j >= 0 {
				i += j + 1
				continue
			}
			closed = false
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

func isPageTagStart(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
