package extract

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

// cosPackage type-checks src as the package at path.
func cosPackage(t *testing.T, path, src string) *types.Package {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "x.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := (&types.Config{Importer: importer.Default()}).Check(path, fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return pkg
}

const cosShaped = `
import (
	"context"
	"net/http"
)

type ErrorResponse struct {
	Response  *http.Response
	Code      string
	Message   string
	Resource  string
	RequestID string
	TraceID   string
}

func (r *ErrorResponse) Error() string { return r.Code }

type Response struct{ *http.Response }

type ObjectService struct{}
type CIService struct{}

func (s *ObjectService) Get(ctx context.Context, name string) (*Response, error)   { return nil, nil }
func (s *ObjectService) IsExist(ctx context.Context, name string) (bool, error)      { return false, nil }
func (s *ObjectService) helper(ctx context.Context) (*Response, error)               { return nil, nil }
func (s *CIService) GetJob(ctx context.Context, id string) (*Response, error)       { return nil, nil }
`

// The COS error type and services are recognised at the SDK's path, in a
// copy of the package under another path, and nowhere else.
func TestCOSErrorType(t *testing.T) {
	for _, tc := range []struct {
		path, name, src string
		want            bool
	}{
		{"github.com/tencentyun/cos-go-sdk-v5", "cos", cosShaped, true},
		{"example.com/fork/cos-go-sdk-v5", "cos", cosShaped, true},
		{"example.com/vendored/cos", "cos", cosShaped, true},
		{"github.com/tencentyun/cos-go-sdk-v5", "cos", "type ErrorResponse struct{ Code string }", true},
		{"example.com/app", "app", cosShaped, false},                                                 // not named cos
		{"example.com/other/cos", "cos", "type ErrorResponse struct{ Code, Message string }", false}, // not the shape
	} {
		pkg := cosPackage(t, tc.path, "package "+tc.name+"\n"+tc.src)
		typ := pkg.Scope().Lookup("ErrorResponse").Type()
		if got := IsCOSErrorType(types.NewPointer(typ)); got != tc.want {
			t.Errorf("%s: IsCOSErrorType(*ErrorResponse) = %v, want %v", tc.path, got, tc.want)
		}
		if got := IsCOSPackage(pkg); got != tc.want {
			t.Errorf("%s: IsCOSPackage = %v, want %v", tc.path, got, tc.want)
		}
	}
}

// Only operations of COS's own services that return (..., *Response,
// error) are COS origins: not CI's, not IsExist, not unexported helpers.
func TestCOSServiceCall(t *testing.T) {
	pkg := cosPackage(t, "github.com/tencentyun/cos-go-sdk-v5", "package cos\n"+cosShaped)
	method := func(typ, name string) *types.Func {
		named := pkg.Scope().Lookup(typ).Type().(*types.Named)
		for i := range named.NumMethods() {
			if m := named.Method(i); m.Name() == name {
				return m
			}
		}
		t.Fatalf("no method %s.%s", typ, name)
		return nil
	}
	for _, tc := range []struct {
		typ, name, want string
		ok              bool
	}{
		{"ObjectService", "Get", "Object", true},
		{"ObjectService", "IsExist", "", false},
		{"ObjectService", "helper", "", false},
		{"CIService", "GetJob", "", false},
	} {
		fn := method(tc.typ, tc.name)
		got, ok := cosService(fn, fn.Type().(*types.Signature))
		if got != tc.want || ok != tc.ok {
			t.Errorf("cosService(%s.%s) = %q, %v; want %q, %v", tc.typ, tc.name, got, ok, tc.want, tc.ok)
		}
	}
}

// Two COS origins merge into one naming both calls; a COS origin beside
// anything else is unknown, with no COS calls.
func TestMergeCOS(t *testing.T) {
	pkg := cosPackage(t, "github.com/tencentyun/cos-go-sdk-v5", "package cos\n"+cosShaped)
	get := pkg.Scope().Lookup("ObjectService").Type().(*types.Named).Method(0)
	a := Origin{cos: []COSCall{{"Object", "Get", get}}}
	b := Origin{cos: []COSCall{{"Object", "Head", nil}}}
	m := a.Merge(b)
	if calls, ok := m.COSCalls(); !ok || len(calls) != 2 || m.Known {
		t.Errorf("COS + COS = %+v, want two COS calls, not Known", m)
	}
	if _, ok := a.Merge(Origin{Why: unknownReason{kind: whyDynamicCall}}).COSCalls(); ok {
		t.Error("COS + unknown has COS calls")
	}
	if _, ok := a.Merge(Origin{none: true}).COSCalls(); !ok {
		t.Error("COS + nothing lost its COS calls")
	}
	cvm := callOrigin()
	if o := a.Merge(cvm); o.Known || len(o.cos) > 0 {
		t.Errorf("COS + API 3.0 call = %+v, want unknown", o)
	}
}
