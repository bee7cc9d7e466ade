package extract

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"

	"github.com/tcerrcheck/tcerrcheck/codes"
)

// syntheticProduct writes a product package shaped like the largest real
// ones (vpc has about 530 codes and hundreds of actions): codes codes, and
// actions actions each documenting perAction of them.
func syntheticProduct(codeCount, actions, perAction int) (errorsGo, clientGo string) {
	var e, c strings.Builder
	e.WriteString("package v20170312\n\nconst (\n")
	for i := range codeCount {
		code := fmt.Sprintf("FailedOperation.SyntheticCode%04d", i)
		fmt.Fprintf(&e, "\t%s = %q\n", strings.ToUpper(strings.ReplaceAll(code, ".", "_")), code)
	}
	e.WriteString(")\n")
	c.WriteString("package v20170312\n\ntype Client struct{}\n\ntype Context interface{}\n")
	for a := range actions {
		fmt.Fprintf(&c, "\ntype Action%04dRequest struct{}\n", a)
		c.WriteString("\n// Action does something.\n//\n// 可能返回的错误码:\n")
		for k := range perAction {
			code := fmt.Sprintf("FailedOperation.SyntheticCode%04d", (a*7+k*13)%codeCount)
			fmt.Fprintf(&c, "//  %s = %q\n", strings.ToUpper(strings.ReplaceAll(code, ".", "_")), code)
		}
		fmt.Fprintf(&c, "func (c *Client) Action%04d(request *Action%04dRequest) (err error) { return nil }\n", a, a)
		fmt.Fprintf(&c, "func (c *Client) Action%04dWithContext(ctx Context, request *Action%04dRequest) (err error) { return nil }\n", a, a)
	}
	return e.String(), c.String()
}

func checkSynthetic(t testing.TB, errorsGo, clientGo string) (*codes.Product, []*ast.File) {
	fset := token.NewFileSet()
	var files []*ast.File
	for name, src := range map[string]string{"errors.go": errorsGo, "client.go": clientGo} {
		f, err := parser.ParseFile(fset, name, src, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	info := &types.Info{Defs: map[*ast.Ident]types.Object{}}
	conf := types.Config{Importer: importer.Default()}
	pkg, err := conf.Check("example.com/x/tencentcloud/vpc/v20170312", fset, files, info)
	if err != nil {
		t.Fatal(err)
	}
	product, ok := codes.ProductOf(pkg)
	if !ok {
		t.Fatal("synthetic package not recognised as a product")
	}
	return product, files
}

// The fact a big product exports stays small: the drivers store it, and
// copy it into the facts of every package that imports the product.
func TestActionFactSize(t *testing.T) {
	const codeCount, actions, perAction = 530, 600, 30
	errorsGo, clientGo := syntheticProduct(codeCount, actions, perAction)
	product, files := checkSynthetic(t, errorsGo, clientGo)
	fact := actionFact(product, files)
	if fact == nil || fact.Actions != actions {
		t.Fatalf("fact = %v, want one holding every action (%d), not the WithContext twins", fact, actions)
	}
	decoded, err := codes.DecodeActionCodes(fact.Block, sortedCodes(product))
	if err != nil {
		t.Fatal(err)
	}
	var compact, naive bytes.Buffer
	if err := gob.NewEncoder(&compact).Encode(fact); err != nil {
		t.Fatal(err)
	}
	if err := gob.NewEncoder(&naive).Encode(decoded); err != nil {
		t.Fatal(err)
	}
	for name, list := range decoded {
		if len(list) != perAction {
			t.Fatalf("%s documents %d codes, want %d", name, len(list), perAction)
		}
	}
	t.Logf("%d actions x %d codes: %d bytes (%.0f per action); as strings %d bytes", actions, perAction, compact.Len(), float64(compact.Len())/actions, naive.Len())
	if limit := 48 * actions; compact.Len() > limit {
		t.Errorf("fact takes %d bytes, more than %d (48 per action)", compact.Len(), limit)
	}
	if compact.Len()*10 > naive.Len() {
		t.Errorf("index encoding (%d bytes) is not 10x smaller than strings (%d bytes)", compact.Len(), naive.Len())
	}
}

// What the facts pass adds on a product package, against what every
// driver does anyway for it: parsing its files. Compare the two figures of
// one run (go test -bench ActionFacts -run ^$ ./analyzer).
func BenchmarkActionFactsParseBaseline(b *testing.B) {
	_, clientGo := syntheticProduct(530, 600, 30)
	b.SetBytes(int64(len(clientGo)))
	for b.Loop() {
		if _, err := parser.ParseFile(token.NewFileSet(), "client.go", clientGo, parser.ParseComments); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkActionFacts(b *testing.B) {
	errorsGo, clientGo := syntheticProduct(530, 600, 30)
	product, files := checkSynthetic(b, errorsGo, clientGo)
	b.ReportAllocs()
	for b.Loop() {
		if actionFact(product, files) == nil {
			b.Fatal("no facts")
		}
	}
}
