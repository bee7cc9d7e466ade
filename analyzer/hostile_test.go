package analyzer_test

import (
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/tcerrcheck/tcerrcheck/analyzer"
	"github.com/tcerrcheck/tcerrcheck/codes"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// Hostile inputs: each package under testdata/src/hostile is one kind of
// input a linter meets in the wild. None may make the analyzer panic or
// hang; each has // want where a diagnostic is expected, none elsewhere.
func TestHostile(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.New(analyzer.Config{}),
		"hostile/runtimecodes", "hostile/shadow", "hostile/literals", "hostile/generated",
		"hostile/generics", "hostile/recursion", "hostile/vendored", "hostile/forked/...", "hostile/oldsdk/app")
}

// Packages that do not type-check or parse. go vet (unitchecker) runs no
// analyzer on such a package, and singlechecker and analysistest run only
// analyzers declaring RunDespiteErrors, which tcerrcheck does not; an
// editor-oriented driver may run it anyway. Run it as such a driver would:
// it must survive partial type information (gopls and golangci-lint hand
// analyzers packages that do not type-check) and still check what is well
// typed.
func TestHostileBrokenPackages(t *testing.T) {
	a := analyzer.New(analyzer.Config{})
	despite := &analysis.Analyzer{Name: a.Name, Doc: a.Doc, URL: a.URL, Run: a.Run, FactTypes: a.FactTypes, RunDespiteErrors: true}
	analysistest.Run(t, testdata(t), despite, "hostile/typeerrors", "hostile/syntaxerrors")
}

// A cgo package: the analyzer sees cgo's output, which has a generated
// header; the hand-written file it stands for is checked, a generated one
// is not.
func TestHostileCgo(t *testing.T) {
	if out, err := exec.Command("go", "env", "CGO_ENABLED").Output(); err != nil || strings.TrimSpace(string(out)) != "1" {
		t.Skip("cgo is not enabled")
	}
	if _, err := exec.LookPath("gcc"); err != nil {
		t.Skip("no C compiler")
	}
	analysistest.Run(t, testdata(t), analyzer.New(analyzer.Config{}), "hostile/cgo")
}

// Huge and deeply nested code, generated into a temporary GOPATH rather
// than committed: thousands of comparisons in one function, thousands of
// assignments to one error, blocks and closures nested hundreds deep, and
// literals of a mebibyte.
func TestHostileHuge(t *testing.T) {
	var b strings.Builder
	b.WriteString(`package huge

import (
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cdn "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cdn/v20180606"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)
`)
	cvmCodes := stubCodes(t, "cvm/v20170312")
	// One function, 5,000 comparisons, the last a misspelling.
	b.WriteString("\nfunc many(client *cvm.Client) (n int) {\n\t_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())\n")
	b.WriteString("\te, ok := err.(*sdkerrors.TencentCloudSDKError)\n\tif !ok {\n\t\treturn 0\n\t}\n")
	for i := range 5000 {
		fmt.Fprintf(&b, "\tif e.Code == %q {\n\t\tn++\n\t}\n", cvmCodes[i%len(cvmCodes)])
	}
	b.WriteString("\tif e.Code == \"InvalidInstanceId.NotFonud\" { // want `did you mean \"InvalidInstanceId.NotFound\"\\?`\n\t\tn++\n\t}\n\treturn n\n}\n")
	// One error reassigned 2,000 times, cvm and cdn in turn, each compared
	// with a code of the product just called; the last one is wrong.
	b.WriteString("\nfunc reassigned(c *cvm.Client, d *cdn.Client) (n int) {\n\tvar err error\n")
	for i := range 2000 {
		if i%2 == 0 {
			b.WriteString("\t_, err = c.DescribeInstances(cvm.NewDescribeInstancesRequest())\n\tif e, ok := err.(*sdkerrors.TencentCloudSDKError); ok && e.Code == \"InvalidInstanceId.NotFound\" {\n\t\tn++\n\t}\n")
		} else {
			b.WriteString("\t_, err = d.PurgeUrlsCache(cdn.NewPurgeUrlsCacheRequest())\n\tif e, ok := err.(*sdkerrors.TencentCloudSDKError); ok && e.Code == \"ResourceNotFound.CdnHostNotExists\" {\n\t\tn++\n\t}\n")
		}
	}
	b.WriteString("\tif e, ok := err.(*sdkerrors.TencentCloudSDKError); ok && e.Code == \"InvalidInstanceId.NotFound\" { // want `is declared by cbs, cvm, vpc, but cdn PurgeUrlsCache never returns it`\n\t\tn++\n\t}\n\treturn n\n}\n")
	// Blocks nested 250 deep, closures 40 deep inside them (the parser
	// stops at 1,000 scopes, and each level opens two or three).
	b.WriteString("\nfunc deep(c *cvm.Client, k int) bool {\n\t_, err := c.DescribeInstances(cvm.NewDescribeInstancesRequest())\n")
	for i := range 250 {
		fmt.Fprintf(&b, "if k > %d {\n", i)
	}
	for range 40 {
		b.WriteString("if func() bool {\n")
	}
	b.WriteString("e, ok := err.(*sdkerrors.TencentCloudSDKError)\nreturn ok && e.Code == \"ResourceNotFound.CdnHostNotExists\" // want `is declared by cdn, but cvm DescribeInstances never returns it`\n")
	for range 40 {
		b.WriteString("}() {\nreturn true\n}\nreturn false\n")
	}
	b.WriteString(strings.Repeat("}\n", 250))
	b.WriteString("\treturn false\n}\n")
	// A mebibyte of text, and a 64 KiB code.
	fmt.Fprintf(&b, "\nfunc long(c *cvm.Client) bool {\n\t_, err := c.DescribeInstances(cvm.NewDescribeInstancesRequest())\n\te, ok := err.(*sdkerrors.TencentCloudSDKError)\n")
	fmt.Fprintf(&b, "\treturn ok && (e.Code == %q ||\n", strings.Repeat("no such instance; ", 1<<20/18))
	// The 64 KiB code has nothing near: silent, and the comparison after
	// it is still judged.
	fmt.Fprintf(&b, "\t\te.Code == %q ||\n", "InvalidParameter."+strings.Repeat("A", 1<<16))
	b.WriteString("\t\te.Code == \"InvalidInstanceId.NotFonud\") // want `did you mean \"InvalidInstanceId.NotFound\"\\?`\n}\n")
	dir := tempGOPATH(t, map[string]string{"huge/huge.go": b.String()})
	analysistest.Run(t, dir, analyzer.New(analyzer.Config{}), "huge")
}

// tempGOPATH returns a GOPATH holding the SDK stubs of testdata/src and
// the given files (paths relative to src).
func tempGOPATH(tb testing.TB, files map[string]string) string {
	tb.Helper()
	dir := tb.TempDir()
	src := filepath.Join(dir, "src")
	stubs := filepath.Join(testdataDir(tb), "src")
	for _, root := range []string{"github.com"} {
		err := filepath.WalkDir(filepath.Join(stubs, root), func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			rel, _ := filepath.Rel(stubs, path)
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			return writeFile(filepath.Join(src, rel), data)
		})
		if err != nil {
			tb.Fatal(err)
		}
	}
	for name, content := range files {
		if err := writeFile(filepath.Join(src, filepath.FromSlash(name)), []byte(content)); err != nil {
			tb.Fatal(err)
		}
	}
	return dir
}

func writeFile(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o644)
}

// stubCodes returns the codes a stub product package declares, sorted,
// none of them a retryable family root (an exact comparison with one is
// a family-exact finding).
func stubCodes(tb testing.TB, product string) []string {
	tb.Helper()
	path := filepath.Join(testdataDir(tb), "src", "github.com", "tencentcloud", "tencentcloud-sdk-go", "tencentcloud", filepath.FromSlash(product), "errors.go")
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	var out []string
	for _, m := range regexp.MustCompile(`(?m)^\s*[A-Z0-9_]+ = "([^"]*)"`).FindAllSubmatch(data, -1) {
		if c := string(m[1]); !slices.Contains(codes.DefaultRetryableFamilies(), c) {
			out = append(out, c)
		}
	}
	slices.Sort(out)
	return out
}

// testdataDir is testdata(t) for benchmarks too.
func testdataDir(tb testing.TB) string {
	dir, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		tb.Fatal(err)
	}
	return dir
}
