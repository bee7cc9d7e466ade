package codes

import (
	"go/parser"
	"go/token"
	"slices"
	"strings"
	"testing"
)

// FuzzActionDocs feeds arbitrary doc comments to the action-list reader:
// it must not panic, every code it returns must be written in the comment
// (or spelled with escapes), and the lists must survive the compact encoding the
// facts ship them in.
func FuzzActionDocs(f *testing.F) {
	for _, seed := range []string{
		"// X\n//\n// 可能返回的错误码:\n//  A = \"A\"\n//  B_C = \"B.C\"\n",
		"// Error code that may be returned:\n//\n//  A = \"A\\\"\"\n// prose\n",
		"// 可能返回的错误码:\n//  = \"\"\n//  X=\"\\xff\"\n",
		"/* block */\n",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		if strings.Contains(doc, "*/") || strings.ContainsAny(doc, "\x00\r") {
			return // would end or break the comment the harness writes
		}
		var b strings.Builder
		b.WriteString("package p\n\ntype Client struct{}\ntype XRequest struct{}\n\n")
		for _, line := range strings.Split(doc, "\n") {
			b.WriteString("// " + line + "\n")
		}
		b.WriteString("func (c *Client) X(request *XRequest) error { return nil }\n")
		file, err := parser.ParseFile(token.NewFileSet(), "client.go", b.String(), parser.ParseComments)
		if err != nil {
			return
		}
		docs := ActionDocs(file)
		if len(docs) != 1 || docs[0].Name != "X" {
			t.Fatalf("ActionDocs = %+v, want the one action X", docs)
		}
		for _, c := range docs[0].Codes {
			if !docs[0].Listed {
				t.Errorf("code %q without a list section", c)
			}
			// Written out, unless escapes spell it.
			if !strings.Contains(doc, c) && !strings.Contains(doc, "\\") {
				t.Errorf("code %q is not written in the comment", c)
			}
		}
		productCodes := slices.Compact(slices.Sorted(slices.Values(docs[0].Codes)))
		got, err := DecodeActionCodes(EncodeActionCodes(map[string][]string{"X": docs[0].Codes}, productCodes), productCodes)
		if err != nil || !slices.Equal(got["X"], productCodes) {
			t.Errorf("round trip of %q: %q, %v", productCodes, got["X"], err)
		}
	})
}

// FuzzDecodeActionCodes feeds arbitrary blocks to the decoder of the facts'
// encoding: it may refuse them but must not panic, and what it accepts
// names only the product's codes.
func FuzzDecodeActionCodes(f *testing.F) {
	productCodes := []string{"A", "B.C", "D", "E"}
	f.Add(EncodeActionCodes(map[string][]string{"DescribeX": {"A", "E"}, "RunY": {}}, productCodes))
	f.Add("\x01\x00\x01X\x02\x00\x03")
	f.Fuzz(func(t *testing.T, block string) {
		got, err := DecodeActionCodes(block, productCodes)
		if err != nil {
			return
		}
		for action, list := range got {
			if !slices.IsSorted(list) {
				t.Errorf("%s: %q not sorted", action, list)
			}
			for _, c := range list {
				if !slices.Contains(productCodes, c) {
					t.Errorf("%s: %q is not a product code", action, c)
				}
			}
		}
	})
}
