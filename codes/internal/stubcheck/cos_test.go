package stubcheck

import (
	"bytes"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The COS SDK stub and the release it mirrors (its doc.go names it).
const (
	cosStubDir  = testdataSrc + "/github.com/tencentyun/cos-go-sdk-v5"
	cosReal     = "github.com/tencentyun/cos-go-sdk-v5@v0.7.70"
	cosRealName = "v0.7.70"
)

// cosDecls are the top-level declarations of a package directory that must
// agree between the stub and the real SDK: exported functions and methods
// by "Recv.Name" with their parameter and result types, and types by name
// with their fields (name, type, tag) or underlying type. Unexported
// functions are left out: the stub's are its own (send).
type cosDecls struct {
	funcs  map[string]string            // "(*ObjectService).Get" -> "(context.Context, string, ...) (*Response, error)"
	types  map[string]string            // non-struct types: name -> underlying type
	fields map[string]map[string]string // struct types: name -> field -> "type `tag`"
}

func TestCOSStubNamesItsRelease(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join(cosStubDir, "doc.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(doc, []byte("cos-go-sdk-v5 "+cosRealName)) {
		t.Errorf("doc.go of the COS stub does not say it mirrors %s", cosRealName)
	}
	for _, f := range goFiles(t, cosStubDir) {
		if b, _ := os.ReadFile(f); !bytes.Contains(b, []byte(cosRealName)) {
			t.Errorf("%s does not say which release it mirrors", filepath.Base(f))
		}
	}
}

// TestCOSStubMatchesRealSDK checks every stubbed signature, type and field
// against the real release when it is in the module cache.
func TestCOSStubMatchesRealSDK(t *testing.T) {
	realDir := filepath.Join(goEnv(t, "GOMODCACHE"), filepath.FromSlash(cosReal))
	if _, err := os.Stat(filepath.Join(realDir, "error.go")); err != nil {
		t.Skipf("%s is not in the module cache (go mod download %s): %v", cosReal, cosReal, err)
	}
	stub, real := readCOSDecls(t, cosStubDir), readCOSDecls(t, realDir)
	for name, sig := range stub.funcs {
		if got, ok := real.funcs[name]; !ok {
			t.Errorf("%s does not exist in %s", name, cosReal)
		} else if got != sig {
			t.Errorf("%s: stub %s, real %s", name, sig, got)
		}
	}
	for name, typ := range stub.types {
		if got, ok := real.types[name]; !ok || got != typ {
			t.Errorf("type %s %s: real %q (declared: %v)", name, typ, got, ok)
		}
	}
	for name, fields := range stub.fields {
		realFields, ok := real.fields[name]
		if !ok {
			t.Errorf("struct %s does not exist in %s", name, cosReal)
			continue
		}
		for field, typ := range fields {
			if got, ok := realFields[field]; !ok || got != typ {
				t.Errorf("%s.%s %s: real %q (declared: %v)", name, field, typ, got, ok)
			}
		}
	}
	// The stub's service methods are those the analyzer work needs.
	for _, m := range []string{"(*ObjectService).Get", "(*ObjectService).Put", "(*ObjectService).Head", "(*ObjectService).Delete",
		"(*BucketService).Get", "(*BucketService).Put", "(*BucketService).Head", "(*BucketService).Delete", "IsNotFoundError", "IsCOSError"} {
		if _, ok := stub.funcs[m]; !ok {
			t.Errorf("the stub lacks %s", m)
		}
	}
}

func goFiles(t *testing.T, dir string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range files {
		if !strings.HasSuffix(f, "_test.go") {
			out = append(out, f)
		}
	}
	return out
}

func readCOSDecls(t *testing.T, dir string) cosDecls {
	t.Helper()
	d := cosDecls{funcs: map[string]string{}, types: map[string]string{}, fields: map[string]map[string]string{}}
	fset := token.NewFileSet()
	for _, file := range goFiles(t, dir) {
		f, err := parser.ParseFile(fset, file, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			switch decl := decl.(type) {
			case *ast.FuncDecl:
				if !decl.Name.IsExported() {
					continue
				}
				name := decl.Name.Name
				if decl.Recv != nil {
					name = "(" + node(t, fset, decl.Recv.List[0].Type) + ")." + name
				}
				d.funcs[name] = "(" + fieldTypes(t, fset, decl.Type.Params) + ") (" + fieldTypes(t, fset, decl.Type.Results) + ")"
			case *ast.GenDecl:
				for _, spec := range decl.Specs {
					ts, ok := spec.(*ast.TypeSpec)
					if !ok {
						continue
					}
					st, ok := ts.Type.(*ast.StructType)
					if !ok {
						d.types[ts.Name.Name] = node(t, fset, ts.Type)
						continue
					}
					fields := map[string]string{}
					for _, f := range st.Fields.List {
						typ := node(t, fset, f.Type)
						if f.Tag != nil {
							typ += " " + f.Tag.Value
						}
						names := []string{strings.TrimPrefix(node(t, fset, f.Type), "*")} // embedded
						if len(f.Names) > 0 {
							names = names[:0]
							for _, n := range f.Names {
								names = append(names, n.Name)
							}
						}
						for _, n := range names {
							fields[n] = typ
						}
					}
					d.fields[ts.Name.Name] = fields
				}
			}
		}
	}
	return d
}

// fieldTypes renders a parameter or result list as its types alone.
func fieldTypes(t *testing.T, fset *token.FileSet, fl *ast.FieldList) string {
	if fl == nil {
		return ""
	}
	var types []string
	for _, f := range fl.List {
		for range max(1, len(f.Names)) {
			types = append(types, node(t, fset, f.Type))
		}
	}
	return strings.Join(types, ", ")
}

func node(t *testing.T, fset *token.FileSet, n ast.Node) string {
	t.Helper()
	var b bytes.Buffer
	if err := format.Node(&b, fset, n); err != nil {
		t.Fatal(err)
	}
	return b.String()
}
