package codes

import "strings"

// A small, tolerant HTML reader for error-code tables. Only the standard
// library is available, and doc pages are rarely well formed: closers go
// missing, tables sit inside Markdown, entities abound. So the reader knows
// just table, tr, td and th, lets each opener close what came before, and
// treats everything else as text.

type htmlTokenKind int

const (
	htmlText htmlTokenKind = iota
	htmlStart
	htmlEnd
)

type htmlToken struct {
	kind       htmlTokenKind
	name       string // lower-case tag name; "" for text
	start, end int    // byte offsets in the page
}

// tokenizeHTML splits s into text and tags, skipping comments and
// declarations. A "<" that starts no tag is text.
func tokenizeHTML(s string) []htmlToken {
	var toks []htmlToken
	for i := 0; i < len(s); {
		if s[i] != '<' {
			j := strings.IndexByte(s[i:], '<')
			if j < 0 {
				j = len(s) - i
			}
			toks = append(toks, htmlToken{kind: htmlText, start: i, end: i + j})
			i += j
			continue
		}
		if strings.HasPrefix(s[i:], "<!--") {
			j := strings.Index(s[i+4:], "-->")
			if j < 0 {
				break // an unterminated comment swallows the rest
			}
			i += 4 + j + 3
			continue
		}
		kind, k := htmlStart, i+1
		if k < len(s) && (s[k] == '!' || s[k] == '?') {
			i = htmlTagEnd(s, k)
			continue
		}
		if k < len(s) && s[k] == '/' {
			kind, k = htmlEnd, k+1
		}
		n := k
		for n < len(s) && (isPageTagStart(s[n]) || s[n] >= '0' && s[n] <= '9') {
			n++
		}
		if n == k || !isPageTagStart(s[k]) {
			toks = append(toks, htmlToken{kind: htmlText, start: i, end: i + 1})
			i++
			continue
		}
		end := htmlTagEnd(s, n)
		toks = append(toks, htmlToken{kind: kind, name: strings.ToLower(s[k:n]), start: i, end: end})
		i = end
	}
	return toks
}

// htmlTagEnd returns the offset just past the ">" closing a tag whose
// attributes start at k, honouring quoted values. A quote still open at the
// next "<" is taken to be unbalanced, and the first ">" ends the tag; this
// also keeps the scan linear on garbage.
func htmlTagEnd(s string, k int) int {
	var quote byte
	for i := k; i < len(s); i++ {
		switch c := s[i]; {
		case quote != 0 && c == '<':
			i = len(s) // give up on quotes
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return i + 1
		}
	}
	if j := strings.IndexByte(s[k:], '>'); j >= 0 {
		return k + j + 1
	}
	return len(s)
}

// parseHTMLDoc reads the HTML tables of text and hands the stretches
// between them to the pipe-table reader, which also finds the section
// headings there.
func (p *pageParser) parseHTMLDoc(text string) {
	toks := tokenizeHTML(text)
	from := 0
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind != htmlStart || !isHTMLTableTag(t.name) {
			continue
		}
		p.parseLines(text[from:t.start], from)
		p.endTable()
		i, from = p.parseHTMLTable(text, toks, i)
		p.endTable()
	}
	if from < len(text) {
		p.parseLines(text[from:], from)
	}
}

func isHTMLTableTag(name string) bool {
	return name == "table" || name == "tr" || name == "td" || name == "th"
}

// htmlTableReader collects the rows of one HTML table.
type htmlTableReader struct {
	p      *pageParser
	text   string
	rowOff int // offset of the row's <tr>, or -1 when the row had none
	cells  []htmlCell
	open   bool // the last cell is still collecting text
}

type htmlCell struct {
	raw    strings.Builder
	header bool // a <th>
	off    int  // offset of the first visible character, else of the tag
	seen   bool // off points at text
}

// parseHTMLTable reads the table starting at toks[i] and returns the index
// of the last token it used and the offset just past it. A table that never
// closes runs to the end of the page; rows without a <table> around them are
// read as a table too.
func (p *pageParser) parseHTMLTable(text string, toks []htmlToken, i int) (int, int) {
	r := &htmlTableReader{p: p, text: text, rowOff: -1}
	depth := 0
	if toks[i].name != "table" {
		depth = 1
	}
	for ; i < len(toks); i++ {
		t := toks[i]
		switch {
		case t.kind == htmlText:
			r.addText(t)
		case t.name == "table":
			if t.kind == htmlStart {
				depth++
			} else {
				depth--
			}
			if depth <= 0 {
				r.flushRow()
				return i, t.end
			}
		case depth > 1:
			continue // a nested table's markup; its text joins the enclosing cell
		case t.name == "tr":
			r.flushRow()
			if t.kind == htmlStart {
				r.rowOff = t.start
			}
		case t.name == "td" || t.name == "th":
			r.open = false
			if t.kind == htmlStart {
				r.cells = append(r.cells, htmlCell{header: t.name == "th", off: t.start})
				r.open = true
			}
		case isHTMLBreak(t.name):
			r.addSpace()
		}
	}
	r.flushRow()
	return len(toks), len(text)
}

// isHTMLBreak reports tags that separate words inside a cell.
func isHTMLBreak(name string) bool {
	switch name {
	case "br", "p", "div", "li", "ul", "ol", "hr":
		return true
	}
	return false
}

func (r *htmlTableReader) addText(t htmlToken) {
	if !r.open {
		return // white space between tags, or text outside any cell
	}
	c := &r.cells[len(r.cells)-1]
	s := r.text[t.start:t.end]
	if j := strings.IndexFunc(s, func(r rune) bool { return !isPageSpace(r) }); j >= 0 && !c.seen {
		c.off, c.seen = t.start+j, true
	}
	c.raw.WriteString(s)
}

func (r *htmlTableReader) addSpace() {
	if r.open {
		r.cells[len(r.cells)-1].raw.WriteByte(' ')
	}
}

func isPageSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' }

// flushRow hands the collected row to the parser as a header or data row.
func (r *htmlTableReader) flushRow() {
	cells, lines := make([]string, len(r.cells)), make([]int, len(r.cells))
	allHeader := len(r.cells) > 0
	for i := range r.cells {
		c := &r.cells[i]
		cells[i] = cleanPageCell(c.raw.String())
		lines[i] = r.p.lineAt(c.off)
		allHeader = allHeader && c.header
	}
	rowOff := r.rowOff
	r.cells, r.open, r.rowOff = nil, false, -1
	switch {
	case len(cells) == 0:
		return
	case allHeader || looksLikeHeader(cells):
		r.p.header(cells)
	default:
		line := lines[0] // a row whose <tr> went missing starts at its first cell
		if rowOff >= 0 {
			line = r.p.lineAt(rowOff)
		}
		r.p.row(cells, lines, line, strings.Join(cells, " | "))
	}
}
