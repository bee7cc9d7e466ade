package codes

import (
	"go/parser"
	"go/token"
	"reflect"
	"testing"
)

func TestActionDocs(t *testing.T) {
	for _, tc := range []struct {
		name, doc string
		want      []string
		listed    bool
	}{
		{"chinese", "// X\n//\n// 可能返回的错误码:\n//  A = \"A\"\n//  B_C = \"B.C\"\n", []string{"A", "B.C"}, true},
		{"english", "// X\n// error code that may be returned:\n//  A = \"A\"\n", []string{"A"}, true},
		{"english capitalised, blank line first", "// Error code that may be returned:\n//\n//  A = \"A\"\n", []string{"A"}, true},
		{"no section", "// X does things.\n//  A = \"A\"\n", nil, false},
		{"no comment", "", nil, false},
		{"empty section", "// 可能返回的错误码:\n", nil, true},
		{"section ends at prose", "// 可能返回的错误码:\n//  A = \"A\"\n// prose\n//  B = \"B\"\n", []string{"A"}, true},
		{"entry without spaces", "// 可能返回的错误码:\n//  A=\"A\"\n", []string{"A"}, true},
		{"prose with an equals sign ends the list", "// 可能返回的错误码:\n//  A = \"A\"\n// x = y\n//  B = \"B\"\n", []string{"A"}, true},
		{"unquoted value ends the list", "// 可能返回的错误码:\n//  A = \"A\"\n//  B = B\n", []string{"A"}, true},
		{"escaped quote kept", "// 可能返回的错误码:\n//  A = \"A\\\"\"\n", []string{"A\""}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := "package p\n\ntype Client struct{}\ntype XRequest struct{}\n\n" + tc.doc + "func (c *Client) X(request *XRequest) error { return nil }\n"
			f, err := parser.ParseFile(token.NewFileSet(), "client.go", src, parser.ParseComments)
			if err != nil {
				t.Fatal(err)
			}
			want := []ActionDoc{{Name: "X", Codes: tc.want, Listed: tc.listed}}
			if got := ActionDocs(f); !reflect.DeepEqual(got, want) {
				t.Errorf("got %+v, want %+v", got, want)
			}
		})
	}
}

// Only Client methods shaped like actions count: the WithContext twin,
// other receivers and helper methods carry no list of their own.
func TestActionDocsOnlyActions(t *testing.T) {
	const src = `package p

import "context"

type Client struct{}
type Other struct{}
type XRequest struct{}

// 可能返回的错误码:
//  A = "A"
func (c *Client) X(request *XRequest) error { return nil }

// 可能返回的错误码:
//  A = "A"
func (c *Client) XWithContext(ctx context.Context, request *XRequest) error { return nil }

// 可能返回的错误码:
//  A = "A"
func (o *Other) X(request *XRequest) error { return nil }

// 可能返回的错误码:
//  A = "A"
func (c *Client) Y(request *XRequest) error { return nil }

// 可能返回的错误码:
//  A = "A"
func X(request *XRequest) error { return nil }
`
	f, err := parser.ParseFile(token.NewFileSet(), "client.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	want := []ActionDoc{{Name: "X", Codes: []string{"A"}, Listed: true}}
	if got := ActionDocs(f); !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

func TestActionCodesRoundTrip(t *testing.T) {
	productCodes := []string{"A", "B.C", "D", "E"}
	actions := map[string][]string{
		"DescribeX": {"E", "A", "A"}, // unsorted, repeated
		"DescribeY": {},
		"RunZ":      {"B.C", "NotDeclared"},
	}
	got, err := DecodeActionCodes(EncodeActionCodes(actions, productCodes), productCodes)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{"DescribeX": {"A", "E"}, "DescribeY": {}, "RunZ": {"B.C"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if _, err := DecodeActionCodes("\x05junk", productCodes); err == nil {
		t.Error("corrupt block: no error")
	}
}
