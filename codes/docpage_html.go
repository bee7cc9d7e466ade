package codes

import (
	"strings"

	"golang.org/x/net/html"
)

// A tolerant reader for the HTML tables of error-code pages. Doc pages
// are rarely well formed: closers go missing, tables sit inside Markdown,
// entities abound. golang.org/x/net/html's tokenizer splits the page into
// text and tags as browsers do (comments, declarations, quoted attributes,
// a "<" that starts no tag); the reader on top knows just table, tr, td and
// th, lets each opener close what came before, and treats everything else
// as text. It does not build the tree html.Parse would: the parser's
// foster-parenting moves stray text out of tables, and the page's line
// numbers are needed for each cell.

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

// tokenizeHTML splits s into text and tags with their offsets, dropping
// comments and declarations. The tokenizer's raw tokens cover the page
// end to end, so each token's offset is the sum of the lengths before it.
func tokenizeHTML(s string) []htmlToken {
	z := html.NewTokenizer(strings.NewReader(s))
	var toks []htmlToken
	for off := 0; ; {
		tt := z.Next()
		if tt == html.ErrorToken {
			return toks // io.EOF: a string reader has no other error
		}
		t := htmlToken{start: off, end: off + len(z.Raw())}
		off = t.end
		switch tt {
		case html.TextToken:
			t.kind = htmlText
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			t.kind, t.name = htmlStart, string(name)
		case html.EndTagToken:
			name, _ := z.TagName()
			t.kind, t.name = htmlEnd, string(name)
		default:
			continue // comment, doctype
		}
		toks = append(toks, t)
	}
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
