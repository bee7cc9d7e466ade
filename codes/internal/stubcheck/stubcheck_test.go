package stubcheck

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// testdataSrc is the GOPATH-style tree analysistest loads.
const testdataSrc = "../../../testdata/src"

// docMarkers open the code list of an action's doc comment: the Chinese SDK
// and the intl-en SDK word it differently.
var docMarkers = []string{"可能返回的错误码:", "error code that may be returned:"}

// docLine matches one listed code in both the SDK's raw two-space form and
// the tab form gofmt rewrites it to.
var docLine = regexp.MustCompile(`^//(?:  |\t)([A-Z0-9_]+) = "([^"]*)"$`)

// nameExceptions lists constants whose name is not derived from their value.
// The real SDK has none (16,931 declarations checked); keep it that way here
// unless a real exception is stubbed on purpose, with the reason.
var nameExceptions = map[string]string{}

// realSources maps a stub package (import path) to the real package it was
// taken from, as module@version and the directory inside the module.
var realSources = map[string]string{
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312":         "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm@v1.3.159/v20170312",
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cdn/v20180606":         "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cdn@v1.3.154/v20180606",
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/vpc/v20170312":         "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/vpc@v1.3.184/v20170312",
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/dnspod/v20210323":      "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/dnspod@v1.3.131/v20210323",
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/tke/v20180525":         "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/tke@v1.3.158/v20180525",
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/tdmq/v20200217":        "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/tdmq@v1.0.599/v20200217",
	"github.com/tencentcloud/tencentcloud-sdk-go-intl-en/tencentcloud/cvm/v20170312": "github.com/tencentcloud/tencentcloud-sdk-go-intl-en@v3.0.646+incompatible/tencentcloud/cvm/v20170312",
	"example.com/acme/tencentcloud-sdk-go/tencentcloud/cvm/v20170312":                "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm@v1.3.159/v20170312",
}

// synthetic lists folders of product-layout packages that are made up on
// purpose, not copies of a real SDK package, with why: they are not held
// to the real SDK.
var synthetic = map[string]string{
	"example.com/factsdk": "a minimal product for asserting the facts the analyzer exports",
	"hostile":             "robustness cases: old SDKs without codes, vendored copies and the like",
}

func isSynthetic(path string) bool {
	for prefix := range synthetic {
		if path == prefix || strings.HasPrefix(path, prefix+"/") {
			return true
		}
	}
	return false
}

// productDir matches the SDK layout …/tencentcloud/<product>/v<YYYYMMDD>.
var productDir = regexp.MustCompile(`/tencentcloud/[a-z0-9]+/v\d{8}$`)

// stubPackage is what the checks need from one product package.
type stubPackage struct {
	path    string            // import path
	codes   map[string]string // value -> constant name
	actions map[string]action // by method name, WithContext variants included
}

type action struct {
	listed []string // codes in the doc section, in order
	names  []string // constant names in the doc section, in order
	fn     *ast.FuncDecl
}

func TestStubsArePresent(t *testing.T) {
	pkgs := loadStubs(t)
	for path := range realSources {
		if _, ok := pkgs[path]; !ok {
			t.Errorf("stub package %s is missing", path)
		}
	}
	for path := range pkgs {
		if _, ok := realSources[path]; !ok {
			t.Errorf("stub package %s has no entry in realSources: say which real version it reflects", path)
		}
	}
}

func TestConstantNamesFollowValues(t *testing.T) {
	for _, p := range loadStubs(t) {
		for value, name := range p.codes {
			want := strings.ToUpper(strings.ReplaceAll(value, ".", "_"))
			if name != want && nameExceptions[name] == "" {
				t.Errorf("%s: %s = %q, want name %s", p.path, name, value, want)
			}
		}
	}
}

func TestListedCodesAreDeclared(t *testing.T) {
	for _, p := range loadStubs(t) {
		for name, a := range p.actions {
			if len(a.listed) == 0 {
				t.Errorf("%s: %s has no code list in its doc comment", p.path, name)
			}
			for i, code := range a.listed {
				decl, ok := p.codes[code]
				switch {
				case !ok:
					t.Errorf("%s: %s lists %q, which errors.go does not declare", p.path, name, code)
				case decl != a.names[i]:
					t.Errorf("%s: %s lists %s = %q, errors.go names it %s", p.path, name, a.names[i], code, decl)
				}
			}
			// The SDK generator sorts the list by code; keep that order.
			if !slices.IsSorted(a.listed) {
				t.Errorf("%s: %s: code list is not sorted", p.path, name)
			}
		}
	}
}

func TestEveryActionHasWithContext(t *testing.T) {
	for _, p := range loadStubs(t) {
		for name, a := range p.actions {
			if strings.HasSuffix(name, "WithContext") {
				continue
			}
			wc, ok := p.actions[name+"WithContext"]
			if !ok {
				t.Errorf("%s: %s has no %sWithContext", p.path, name, name)
				continue
			}
			if !slices.Equal(a.listed, wc.listed) {
				t.Errorf("%s: %s and %sWithContext document different codes", p.path, name, name)
			}
			checkSignature(t, p.path, name, a.fn, false)
			checkSignature(t, p.path, name, wc.fn, true)
		}
	}
}

// TestStubsMatchRealSDK compares each stub with the real package it names,
// when that module is in the module cache (go mod download puts it there).
func TestStubsMatchRealSDK(t *testing.T) {
	modcache := goEnv(t, "GOMODCACHE")
	for path, p := range loadStubs(t) {
		src, ok := realSources[path]
		if !ok {
			continue
		}
		dir := filepath.Join(modcache, filepath.FromSlash(src))
		if _, err := os.Stat(filepath.Join(dir, "errors.go")); err != nil {
			t.Logf("%s: real source %s not in module cache; skipped", path, src)
			continue
		}
		real := parsePackage(t, dir, "")
		for value, name := range p.codes {
			if real.codes[value] != name {
				t.Errorf("%s: %s = %q is not declared in %s", path, name, value, src)
			}
		}
		for name, a := range p.actions {
			ra, ok := real.actions[name]
			if !ok {
				t.Errorf("%s: action %s does not exist in %s", path, name, src)
				continue
			}
			if !isSubsequence(a.listed, ra.listed) {
				t.Errorf("%s: %s lists codes that %s does not list (or in another order):\n stub %q\n real %q", path, name, src, a.listed, ra.listed)
			}
		}
	}
}

func checkSignature(t *testing.T, path, name string, fn *ast.FuncDecl, withCtx bool) {
	t.Helper()
	var params []string
	for _, f := range fn.Type.Params.List {
		for range max(1, len(f.Names)) {
			params = append(params, types(f.Type))
		}
	}
	want := []string{"*" + name + "Request"}
	if withCtx {
		want = append([]string{"context.Context"}, want...)
	}
	var results []string
	for _, f := range fn.Type.Results.List {
		for range max(1, len(f.Names)) {
			results = append(results, types(f.Type))
		}
	}
	if !slices.Equal(params, want) || !slices.Equal(results, []string{"*" + name + "Response", "error"}) {
		t.Errorf("%s: %s: signature (%v) (%v), want (%v) (*%sResponse, error)", path, fn.Name.Name, params, results, want, name)
	}
}

// types renders the few type expressions action signatures use.
func types(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.StarExpr:
		return "*" + types(e.X)
	case *ast.SelectorExpr:
		return types(e.X) + "." + e.Sel.Name
	}
	return "?"
}

func isSubsequence(sub, seq []string) bool {
	i := 0
	for _, s := range seq {
		if i < len(sub) && sub[i] == s {
			i++
		}
	}
	return i == len(sub)
}

func loadStubs(t *testing.T) map[string]*stubPackage {
	t.Helper()
	pkgs := map[string]*stubPackage{}
	err := filepath.WalkDir(testdataSrc, func(dir string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() || !productDir.MatchString(filepath.ToSlash(dir)) {
			return err
		}
		rel, _ := filepath.Rel(testdataSrc, dir)
		path := filepath.ToSlash(rel)
		if !isSynthetic(path) {
			pkgs[path] = parsePackage(t, dir, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) == 0 {
		t.Fatalf("no stub product packages under %s", testdataSrc)
	}
	return pkgs
}

// parsePackage reads errors.go and client.go of one product package.
func parsePackage(t *testing.T, dir, path string) *stubPackage {
	t.Helper()
	p := &stubPackage{path: path, codes: map[string]string{}, actions: map[string]action{}}
	fset := token.NewFileSet()
	ef, err := parser.ParseFile(fset, filepath.Join(dir, "errors.go"), nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range ef.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, s := range g.Specs {
			vs := s.(*ast.ValueSpec)
			lit, ok := vs.Values[0].(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				t.Errorf("%s: %s is not a string constant", dir, vs.Names[0].Name)
				continue
			}
			v, _ := strconv.Unquote(lit.Value)
			if prev, dup := p.codes[v]; dup {
				t.Errorf("%s: %q declared twice (%s, %s)", dir, v, prev, vs.Names[0].Name)
			}
			p.codes[v] = vs.Names[0].Name
		}
	}
	cf, err := parser.ParseFile(fset, filepath.Join(dir, "client.go"), nil, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range cf.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if !ok || fn.Recv == nil || !fn.Name.IsExported() || types(fn.Recv.List[0].Type) != "*Client" {
			continue
		}
		a := action{fn: fn}
		a.names, a.listed = listedCodes(fn.Doc)
		p.actions[fn.Name.Name] = a
	}
	return p
}

// listedCodes returns the names and codes of the doc section, in order.
func listedCodes(doc *ast.CommentGroup) (names, codes []string) {
	if doc == nil {
		return nil, nil
	}
	in := false
	for _, c := range doc.List {
		text := strings.TrimSpace(strings.TrimPrefix(c.Text, "//"))
		if slices.Contains(docMarkers, text) {
			in = true
			continue
		}
		if m := docLine.FindStringSubmatch(c.Text); in && m != nil {
			names = append(names, m[1])
			codes = append(codes, m[2])
		}
	}
	return names, codes
}

func goEnv(t *testing.T, key string) string {
	t.Helper()
	out, err := exec.Command("go", "env", key).Output()
	if err != nil {
		t.Fatalf("go env %s: %v", key, err)
	}
	return strings.TrimSpace(string(out))
}
