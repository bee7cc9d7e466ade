package codes

import "strings"

// parseLines reads pipe tables and section headings from text, which starts
// at byte offset off of the page. Markdown and flattened text differ only in
// their headings, so one reader serves both.
func (p *pageParser) parseLines(text string, off int) {
	lines := strings.Split(text, "\n")
	first := p.lineAt(off)
	afterBlank := false
	for i, raw := range lines {
		line := strings.TrimSpace(raw)
		switch {
		case line == "":
			// Blank lines do not end a table: a stray one inside a table
			// should not cut it in two.
			afterBlank = true
			continue
		case isSeparatorRow(line):
			afterBlank = false
			continue // structure, not content
		}
		// Rows may omit the outer pipes, but then only a header (with its
		// separator below) or a row right under another row is a row:
		// elsewhere "a | b" is prose.
		headerNext := i+1 < len(lines) && isSeparatorRow(strings.TrimSpace(lines[i+1]))
		inRow := strings.HasPrefix(line, "|") ||
			(headerNext || p.table != nil && !afterBlank) && strings.Contains(line, "|")
		afterBlank = false
		if !inRow {
			p.endTable()
			p.marker(line)
			continue
		}
		cells := splitPipeRow(line)
		if headerNext || looksLikeHeader(cells) {
			p.header(cells)
			continue
		}
		p.row(cells, nil, first+i, line)
	}
}

// isSeparatorRow reports whether line is a Markdown table delimiter row
// such as |---|:--:|.
func isSeparatorRow(line string) bool {
	if !strings.Contains(line, "|") || !strings.Contains(line, "-") {
		return false
	}
	return strings.Trim(line, "|:- \t") == ""
}

// splitPipeRow splits a pipe-table row into its cells. Outer pipes are
// optional and \| is a literal pipe inside a cell.
func splitPipeRow(line string) []string {
	line = strings.TrimSpace(line)
	line = strings.TrimPrefix(line, "|")
	if strings.HasSuffix(line, "|") && !strings.HasSuffix(line, `\|`) {
		line = line[:len(line)-1]
	}
	var cells []string
	var cell strings.Builder
	for i := 0; i < len(line); i++ {
		switch {
		case line[i] == '\\' && i+1 < len(line) && line[i+1] == '|':
			cell.WriteByte('|')
			i++
		case line[i] == '|':
			cells = append(cells, strings.TrimSpace(cell.String()))
			cell.Reset()
		default:
			cell.WriteByte(line[i])
		}
	}
	return append(cells, strings.TrimSpace(cell.String()))
}
