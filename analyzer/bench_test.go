package analyzer_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/tcerrcheck/tcerrcheck/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// These benchmarks time the analyzer's own work on one package: the
// package is generated, parsed and type-checked once outside the timer
// (its imports, the SDK stubs of testdata/src, loaded with go/packages),
// and each iteration runs the analyzer's Run on a fresh Pass over it (facts of
// other packages are not offered, which these packages do not need: they
// call the SDK directly). Loading, type checking and the driver's fact
// plumbing, which every analyzer pays alike, are left out; go run ./bench
// measures the whole thing against a no-op analyzer. Each benchmark checks
// the diagnostics it expects, so that a change that stops the analyzer
// from seeing the comparisons cannot pass for a speed-up.

// BenchmarkFindComparisons: a large file, 1,000 functions each calling
// cvm and comparing the code in one of the common idioms (==, GetCode,
// switch, HasPrefix, err.Error(), slices.Contains, a map, errors.As); one
// in a hundred is a misspelling.
func BenchmarkFindComparisons(b *testing.B) {
	const funcs = 1000
	src := idiomFile(b, funcs)
	pkg := loadGenerated(b, map[string]string{"idioms/idioms.go": src}, "idioms")
	benchmarkRun(b, pkg, funcs/100, funcs, "comparison")
}

// BenchmarkFindComparisonsTypeCheck is what every driver pays for the
// same file before any analyzer runs: type-checking it (as unitchecker
// does, with the same Info maps). Compare the two per-op figures.
func BenchmarkFindComparisonsTypeCheck(b *testing.B) {
	pkg := loadGenerated(b, map[string]string{"idioms/idioms.go": idiomFile(b, 1000)}, "idioms")
	benchmarkTypeCheck(b, pkg)
}

// BenchmarkOriginResolution: one function in which one error variable is
// assigned 1,000 times, from cvm and cdn in turn, each followed by a
// comparison through a type assertion and a local copy of the code; which
// assignment reaches which comparison decides the product. One in a
// hundred comparisons uses the other product's code.
func BenchmarkOriginResolution(b *testing.B) {
	const assigns = 1000
	pkg := loadGenerated(b, map[string]string{"reassign/reassign.go": reassignFile(assigns, 100)}, "reassign")
	benchmarkRun(b, pkg, assigns/100, assigns, "assignment")
}

// BenchmarkOriginResolutionTypeCheck is type-checking the same file.
func BenchmarkOriginResolutionTypeCheck(b *testing.B) {
	pkg := loadGenerated(b, map[string]string{"reassign/reassign.go": reassignFile(1000, 100)}, "reassign")
	benchmarkTypeCheck(b, pkg)
}

// BenchmarkHelperCalls: a helper taking a code list, called 1,000 times
// with the codes to check at each call.
func BenchmarkHelperCalls(b *testing.B) {
	const calls = 1000
	var s strings.Builder
	s.WriteString(benchHeader("helpers"))
	s.WriteString(`
func isExpectError(err error, codes []string) bool {
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return false
	}
	for _, c := range codes {
		if e.Code == c {
			return true
		}
	}
	return false
}
`)
	cvmCodes := stubCodes(b, "cvm/v20170312")
	for i := range calls {
		code := cvmCodes[i%len(cvmCodes)]
		if i%100 == 99 {
			code = "InvalidInstanceId.NotFonud"
		}
		fmt.Fprintf(&s, "\nfunc call%d(c *cvm.Client) bool {\n\t_, err := c.DescribeInstances(cvm.NewDescribeInstancesRequest())\n\treturn isExpectError(err, []string{%q, %q})\n}\n",
			i, code, cvmCodes[(i+7)%len(cvmCodes)])
	}
	pkg := loadGenerated(b, map[string]string{"helpers/helpers.go": s.String()}, "helpers")
	benchmarkRun(b, pkg, calls/100, calls, "call")
}

// BenchmarkNoSDKPackage: a package that does not import the SDK, as most
// of a big program: the analyzer must return at once.
func BenchmarkNoSDKPackage(b *testing.B) {
	var s strings.Builder
	s.WriteString("package plain\n\nimport \"strings\"\n")
	for i := range 1000 {
		fmt.Fprintf(&s, "\nfunc f%d(code string) bool {\n\treturn code == \"InvalidInstanceId.NotFonud\" || strings.HasPrefix(code, \"Internal\")\n}\n", i)
	}
	pkg := loadGenerated(b, map[string]string{"plain/plain.go": s.String()}, "plain")
	benchmarkRun(b, pkg, 0, 1000, "function")
}

// benchmarkRun runs the analyzer on pkg in the loop, checks it reported
// want diagnostics, and reports the time per unit (n units per run).
func benchmarkRun(b *testing.B, pkg *loadedPackage, want, n int, unit string) {
	a := analyzer.New(analyzer.Config{})
	if got := len(runPass(b, a, pkg)); got != want {
		b.Fatalf("%d diagnostics, want %d", got, want)
	}
	b.ReportAllocs()
	for b.Loop() {
		runPass(b, a, pkg)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/"+unit)
}

// benchmarkTypeCheck type-checks pkg's syntax again in the loop.
func benchmarkTypeCheck(b *testing.B, pkg *loadedPackage) {
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := pkg.check(pkg.types.Path()); err != nil {
			b.Fatal(err)
		}
	}
}

// runPass runs a on pkg with a Pass of its own and returns what it
// reported.
func runPass(tb testing.TB, a *analysis.Analyzer, pkg *loadedPackage) []analysis.Diagnostic {
	var diags []analysis.Diagnostic
	pass := &analysis.Pass{
		Analyzer:          a,
		Fset:              pkg.fset,
		Files:             pkg.syntax,
		Pkg:               pkg.types,
		TypesInfo:         pkg.info,
		TypesSizes:        pkg.sizes,
		ResultOf:          map[*analysis.Analyzer]any{},
		Report:            func(d analysis.Diagnostic) { diags = append(diags, d) },
		ReadFile:          os.ReadFile,
		ImportObjectFact:  func(types.Object, analysis.Fact) bool { return false },
		ImportPackageFact: func(*types.Package, analysis.Fact) bool { return false },
		ExportObjectFact:  func(types.Object, analysis.Fact) {},
		ExportPackageFact: func(analysis.Fact) {},
		AllObjectFacts:    func() []analysis.ObjectFact { return nil },
		AllPackageFacts:   func() []analysis.PackageFact { return nil },
	}
	if _, err := a.Run(pass); err != nil {
		tb.Fatal(err)
	}
	return diags
}

// loadGenerated parses and type-checks a generated package: the files
// given (paths relative to a GOPATH src, all in the directory path), with
// the SDK stubs and the standard library as its imports. The imports are
// loaded once, with go/packages from a GOPATH beside the stubs; the
// generated code itself is type-checked here, not compiled, so that huge
// generated functions cost what type-checking them costs.
func loadGenerated(tb testing.TB, files map[string]string, path string) *loadedPackage {
	tb.Helper()
	imports := stubImports(tb)
	fset := token.NewFileSet()
	var syntax []*ast.File
	for name, src := range files {
		f, err := parser.ParseFile(fset, name, src, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			tb.Fatal(err)
		}
		syntax = append(syntax, f)
	}
	pkg := &loadedPackage{fset: fset, syntax: syntax, sizes: types.SizesFor("gc", "amd64"), imports: imports}
	var err error
	pkg.types, pkg.info, err = pkg.check(path)
	if err != nil {
		tb.Fatal(err)
	}
	return pkg
}

// loadedPackage is a parsed and type-checked generated package.
type loadedPackage struct {
	fset    *token.FileSet
	syntax  []*ast.File
	types   *types.Package
	info    *types.Info
	sizes   types.Sizes
	imports map[string]*types.Package
}

// check type-checks the package's syntax, recording what unitchecker
// records.
func (p *loadedPackage) check(path string) (*types.Package, *types.Info, error) {
	info := &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Instances:    map[*ast.Ident]types.Instance{},
		Scopes:       map[ast.Node]*types.Scope{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		FileVersions: map[*ast.File]string{},
	}
	conf := types.Config{Sizes: p.sizes, Importer: importerFunc(func(path string) (*types.Package, error) {
		if pkg, ok := p.imports[path]; ok {
			return pkg, nil
		}
		return nil, fmt.Errorf("no import %q", path)
	})}
	pkg, err := conf.Check(path, p.fset, p.syntax, info)
	return pkg, info, err
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

var (
	stubImportsOnce sync.Once
	stubImportsMap  map[string]*types.Package
)

// stubImports loads, once, the packages generated code may import.
func stubImports(tb testing.TB) map[string]*types.Package {
	stubImportsOnce.Do(func() {
		imports := []string{"errors", "slices", "strings",
			"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors",
			"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cdn/v20180606",
			"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"}
		var src strings.Builder
		src.WriteString("package deps\n\nimport (\n")
		for _, imp := range imports {
			fmt.Fprintf(&src, "\t_ %q\n", imp)
		}
		src.WriteString(")\n")
		gopath := tempGOPATH(tb, map[string]string{"deps/deps.go": src.String()})
		cfg := &packages.Config{
			Mode: packages.NeedName | packages.NeedImports | packages.NeedDeps | packages.NeedTypes,
			Dir:  gopath,
			Env:  append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOWORK=off", "GOFLAGS="),
		}
		pkgs, err := packages.Load(cfg, "deps")
		if err != nil || len(pkgs) != 1 || packages.PrintErrors(pkgs) > 0 {
			tb.Fatalf("loading the stubs: %v", err)
		}
		stubImportsMap = map[string]*types.Package{}
		for path, imp := range pkgs[0].Imports {
			stubImportsMap[path] = imp.Types
		}
	})
	if stubImportsMap == nil {
		tb.Fatal("the stubs did not load")
	}
	return stubImportsMap
}

func benchHeader(pkg string) string {
	return "package " + pkg + `

import (
	"errors"
	"slices"
	"strings"

	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cdn "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cdn/v20180606"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

var (
	_ = errors.As
	_ = slices.Contains[[]string]
	_ = strings.HasPrefix
	_ = cdn.NewPurgeUrlsCacheRequest
)
`
}

// idioms are comparison bodies: %[1]q is a code, %[2]q another one.
var idioms = []string{
	"e, ok := err.(*sdkerrors.TencentCloudSDKError)\n\treturn ok && e.Code == %[1]q",
	"e, ok := err.(*sdkerrors.TencentCloudSDKError)\n\treturn ok && (e.GetCode() == %[1]q || e.GetCode() == %[2]q)",
	"if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok {\n\t\tswitch e.Code {\n\t\tcase %[1]q:\n\t\t\treturn true\n\t\t}\n\t}\n\treturn false",
	"e, ok := err.(*sdkerrors.TencentCloudSDKError)\n\treturn ok && strings.HasPrefix(e.Code, %[1]q)",
	"return err != nil && strings.Contains(err.Error(), \"Code=\"+%[1]q+\",\")",
	"codes := []string{%[1]q, %[2]q}\n\te, ok := err.(*sdkerrors.TencentCloudSDKError)\n\treturn ok && slices.Contains(codes, e.Code)",
	"set := map[string]bool{%[1]q: true}\n\tcode := \"\"\n\tif e, ok := err.(*sdkerrors.TencentCloudSDKError); ok {\n\t\tcode = e.Code\n\t}\n\treturn set[code]",
	"var e *sdkerrors.TencentCloudSDKError\n\treturn errors.As(err, &e) && e.Code == %[1]q",
}

// idiomFile writes funcs functions, each one call and one idiom; every
// hundredth compares a misspelt code.
func idiomFile(tb testing.TB, funcs int) string {
	cvmCodes := stubCodes(tb, "cvm/v20170312")
	var s strings.Builder
	s.WriteString(benchHeader("idioms"))
	for i := range funcs {
		c1, c2 := cvmCodes[i%len(cvmCodes)], cvmCodes[(i+13)%len(cvmCodes)]
		if c1 == c2 {
			c2 = "InvalidInstanceId.NotFound"
		}
		if i%100 == 99 {
			c1 = "InvalidInstanceId.NotFonud"
		}
		fmt.Fprintf(&s, "\nfunc f%d(c *cvm.Client) bool {\n\t_, err := c.DescribeInstances(cvm.NewDescribeInstancesRequest())\n\t", i)
		fmt.Fprintf(&s, idioms[i%len(idioms)], c1, c2)
		s.WriteString("\n}\n")
	}
	return s.String()
}

// reassignFile writes one function assigning one error n times, cvm and
// cdn in turn, each followed by a comparison of a local copy of its code
// with a code of the product just called; every wrongEvery-th comparison
// uses the other product's code instead.
func reassignFile(n, wrongEvery int) string {
	var s strings.Builder
	s.WriteString(benchHeader("reassign"))
	s.WriteString("\nfunc reassign(c *cvm.Client, d *cdn.Client) (n int) {\n\tvar err error\n")
	codes := [2]string{"InvalidInstanceId.NotFound", "ResourceNotFound.CdnHostNotExists"}
	for i := range n {
		if i%2 == 0 {
			s.WriteString("\t_, err = c.DescribeInstances(cvm.NewDescribeInstancesRequest())\n")
		} else {
			s.WriteString("\t_, err = d.PurgeUrlsCache(cdn.NewPurgeUrlsCacheRequest())\n")
		}
		code := codes[i%2]
		if wrongEvery > 0 && i%wrongEvery == wrongEvery-1 {
			code = codes[(i+1)%2]
		}
		fmt.Fprintf(&s, "\tif e, ok := err.(*sdkerrors.TencentCloudSDKError); ok {\n\t\tcode := e.Code\n\t\tif code == %q {\n\t\t\tn++\n\t\t}\n\t}\n", code)
	}
	s.WriteString("\treturn n\n}\n")
	return s.String()
}
