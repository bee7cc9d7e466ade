package codes

import (
	"reflect"
	"testing"
)

// The tokens keep the page's byte offsets: each tag's offsets cover its
// markup, text covers itself, and comments and declarations are dropped.
// The shapes are the ones hand-written pages have: upper-case tags,
// attributes with ">" in quotes, a "<" that starts no tag, an unterminated
// comment, a tag cut off by the end of the page.
func TestTokenizeHTML(t *testing.T) {
	type tok struct {
		kind htmlTokenKind
		name string
		text string
	}
	for _, tt := range []struct {
		page string
		want []tok
	}{
		{`<TABLE><tr><TD class="a>b">x &lt; 1</td></TABLE>`, []tok{
			{htmlStart, "table", "<TABLE>"}, {htmlStart, "tr", "<tr>"}, {htmlStart, "td", `<TD class="a>b">`},
			{htmlText, "", "x &lt; 1"}, {htmlEnd, "td", "</td>"}, {htmlEnd, "table", "</TABLE>"}}},
		{"a <3 b<!-- <td> -->c<br/>", []tok{
			{htmlText, "", "a <3 b"}, {htmlText, "", "c"}, {htmlStart, "br", "<br/>"}}},
		{"<!DOCTYPE html><td>x<!-- never closed <td>y", []tok{
			{htmlStart, "td", "<td>"}, {htmlText, "", "x"}}},
		{"<td>x</td><td class=", []tok{
			{htmlStart, "td", "<td>"}, {htmlText, "", "x"}, {htmlEnd, "td", "</td>"}}},
	} {
		var got []tok
		for _, k := range tokenizeHTML(tt.page) {
			got = append(got, tok{k.kind, k.name, tt.page[k.start:k.end]})
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("tokenizeHTML(%q):\n got %+v\nwant %+v", tt.page, got, tt.want)
		}
	}
}
