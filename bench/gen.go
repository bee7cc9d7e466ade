package main

import (
	"fmt"
	"go/format"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/codes"
)

// modulePath is the generated program's module.
const modulePath = "example.com/bigapp"

// genConfig shapes the generated program.
type genConfig struct {
	sdkPkgs, plainPkgs int     // packages that call the SDK, packages that do not
	defectRate         float64 // share of compared codes that are wrong
	seed               uint64
}

// generator writes the program and counts what it wrote.
type generator struct {
	cfg      genConfig
	dir      string
	rng      *rand.Rand
	products []*product
	byName   map[string]*product
	consts   map[string][]codeConst // per product: the wrapper package's code constants
	counts   map[string]int         // idioms, defects, files, packages
	files    int
	lines    int
}

// codeConst is a package-level code constant of a wrapper package.
type codeConst struct{ name, code string }

func generate(dir string, cfg genConfig, products []*product) (*generator, error) {
	g := &generator{cfg: cfg, dir: dir, rng: rand.New(rand.NewPCG(cfg.seed, 0x7cec)), products: products,
		byName: map[string]*product{}, consts: map[string][]codeConst{}, counts: map[string]int{}}
	for _, p := range products {
		g.byName[p.name] = p
	}
	steps := []func() error{g.writeGoMod, g.writeRetry, g.writeTcerr, g.writeWrappers, g.writeCloud, g.writeLibs, g.writeSvcs, g.writeMain}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, err
		}
	}
	return g, nil
}

// write formats and writes one file of the generated program.
func (g *generator) write(rel, src string) error {
	out, err := format.Source([]byte(src))
	if err != nil {
		return fmt.Errorf("generated %s does not parse: %v\n%s", rel, err, numbered(src))
	}
	path := filepath.Join(g.dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	g.files++
	g.lines += strings.Count(string(out), "\n")
	return os.WriteFile(path, out, 0o644)
}

func numbered(src string) string {
	var b strings.Builder
	for i, line := range strings.Split(src, "\n") {
		fmt.Fprintf(&b, "%4d %s\n", i+1, line)
	}
	return b.String()
}

func (g *generator) writeGoMod() error {
	if err := os.MkdirAll(g.dir, 0o755); err != nil {
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "module %s\n\ngo 1.26\n\nrequire (\n\t%s/common %s\n", modulePath, sdkRoot, commonVersion)
	for _, p := range g.products {
		fmt.Fprintf(&b, "\t%s %s\n", p.module, p.version)
	}
	b.WriteString(")\n")
	return os.WriteFile(filepath.Join(g.dir, "go.mod"), []byte(b.String()), 0o644)
}

// writeRetry writes a small retry framework in the style of Terraform's
// resource.Retry: the closure says whether its error is retryable.
func (g *generator) writeRetry() error {
	return g.write("internal/retry/retry.go", `// Package retry repeats an operation until it succeeds or gives up.
package retry

import "time"

// Error is what an operation returns: its error and whether to try again.
type Error struct {
	Err       error
	Retryable bool
}

// RetryableError asks for another attempt.
func RetryableError(err error) *Error { return &Error{Err: err, Retryable: true} }

// NonRetryableError stops.
func NonRetryableError(err error) *Error { return &Error{Err: err} }

// Do calls f until it returns nil or a non-retryable error, or timeout passes.
func Do(timeout time.Duration, f func() *Error) error {
	deadline := time.Now().Add(timeout)
	for wait := 50 * time.Millisecond; ; wait *= 2 {
		e := f()
		if e == nil {
			return nil
		}
		if !e.Retryable || time.Now().After(deadline) {
			return e.Err
		}
		time.Sleep(wait)
	}
}
`)
}

// writeTcerr writes the error helpers real projects keep next to their
// cloud code: a retry helper taking extra codes, a helper taking
// a code list, one searching err.Error(), one classifying a code string.
func (g *generator) writeTcerr() error {
	return g.write("internal/tcerr/tcerr.go", `// Package tcerr classifies Tencent Cloud SDK errors.
package tcerr

import (
	"errors"
	"strings"

	sdkerrors "`+sdkRoot+`/common/errors"
)

// retryableCodes are retried by RetryError, as codes or as families.
var retryableCodes = []string{"RequestLimitExceeded", "InternalError", "ServiceUnavailable", "ClientError.NetworkError", "ResourceInUse"}

// RetryError reports whether err is an SDK error to retry: its code or its
// family is retryable, or one of extraCodes.
func RetryError(err error, extraCodes ...string) bool {
	var e *sdkerrors.TencentCloudSDKError
	if !errors.As(err, &e) {
		return false
	}
	all := append(append([]string(nil), retryableCodes...), extraCodes...)
	for _, c := range all {
		if e.Code == c || strings.Split(e.Code, ".")[0] == c {
			return true
		}
	}
	return false
}

// IsExpectError reports whether err is an SDK error with one of codes.
func IsExpectError(err error, codes []string) bool {
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return false
	}
	for _, c := range codes {
		if e.GetCode() == c {
			return true
		}
	}
	return false
}

// MessageHas reports whether err's text mentions one of codes.
func MessageHas(err error, codes ...string) bool {
	if err == nil {
		return false
	}
	for _, c := range codes {
		if strings.Contains(err.Error(), c) {
			return true
		}
	}
	return false
}

// Code returns err's SDK error code, or "".
func Code(err error) string {
	var e *sdkerrors.TencentCloudSDKError
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}

// IsRetryableErrCode reports whether a code is worth retrying.
func IsRetryableErrCode(code string) bool {
	switch code {
	case "ServiceUnavailable", "ClientError.NetworkError":
		return true
	}
	return strings.HasPrefix(code, "RequestLimitExceeded") || strings.HasPrefix(code, "InternalError")
}
`)
}

// wrapperPkg is the import path of product p's wrapper package.
func wrapperPkg(p *product) string { return modulePath + "/internal/cloud/" + p.name + "api" }

// writeWrappers writes, per product, a service wrapping the client: one
// method per chosen action returning the call's error (directly, from a
// two-result return, or wrapped with %w), and code constants.
func (g *generator) writeWrappers() error {
	for _, p := range g.products {
		name := p.name + "api"
		var b strings.Builder
		fmt.Fprintf(&b, `// Package %[1]s wraps the %[2]s client.
package %[1]s

import (
	"context"
	"fmt"

	"%[3]s/common"
	"%[3]s/common/profile"
	%[2]s "%[4]s"
)

// Service calls %[2]s.
type Service struct{ client *%[2]s.Client }

// New returns a service for region.
func New(cred common.CredentialIface, region string) (*Service, error) {
	c, err := %[2]s.NewClient(cred, region, profile.NewClientProfile())
	if err != nil {
		return nil, err
	}
	return &Service{client: c}, nil
}

// Client is the SDK client, for calls the service does not wrap.
func (s *Service) Client() *%[2]s.Client { return s.client }
`, name, p.name, sdkRoot, p.pkgPath)
		for _, a := range g.wrapped(p) {
			switch g.rng.IntN(3) {
			case 0:
				fmt.Fprintf(&b, `
// %[2]s calls %[2]s.
func (s *Service) %[2]s(ctx context.Context) error {
	_, err := s.client.%[2]sWithContext(ctx, %[1]s.New%[2]sRequest())
	return err
}
`, p.name, a.name)
			case 1:
				fmt.Fprintf(&b, `
// %[2]s calls %[2]s.
func (s *Service) %[2]s(ctx context.Context) error {
	resp, err := s.client.%[2]sWithContext(ctx, %[1]s.New%[2]sRequest())
	if err != nil {
		return err
	}
	_ = resp.Response
	return nil
}
`, p.name, a.name)
			default:
				fmt.Fprintf(&b, `
// %[2]s calls %[2]s.
func (s *Service) %[2]s(ctx context.Context) error {
	if _, err := s.client.%[2]s(%[1]s.New%[2]sRequest()); err != nil {
		return fmt.Errorf("%[1]s %[2]s: %%w", err)
	}
	return nil
}
`, p.name, a.name)
			}
		}
		// Package-level code constants, as real callers declare them.
		b.WriteString("\n// Codes this package's callers handle.\nconst (\n")
		seen := map[string]bool{}
		for _, a := range g.wrapped(p) {
			code := a.codes[g.rng.IntN(len(a.codes))]
			cname := "Code" + strings.NewReplacer(".", "", "_", "").Replace(code)
			if seen[cname] || isRetryableRoot(code) {
				continue
			}
			seen[cname] = true
			g.consts[p.name] = append(g.consts[p.name], codeConst{cname, code})
			fmt.Fprintf(&b, "\t%s = %q\n", cname, code)
			g.counts["package-level code constants"]++
		}
		b.WriteString(")\n")
		if err := g.write("internal/cloud/"+name+"/service.go", b.String()); err != nil {
			return err
		}
	}
	return nil
}

// actionsPerProduct is how many actions of each product the program uses.
const actionsPerProduct = 16

// wrapped returns the actions the program calls: a fixed, spread-out
// choice of the product's actions.
func (g *generator) wrapped(p *product) []action {
	n := min(actionsPerProduct, len(p.actions))
	out := make([]action, n)
	for i := range n {
		out[i] = p.actions[i*len(p.actions)/n]
	}
	return out
}

// writeCloud writes the package bundling every service.
func (g *generator) writeCloud() error {
	var b strings.Builder
	b.WriteString("// Package cloud holds the services of every product the program uses.\npackage cloud\n\nimport (\n")
	fmt.Fprintf(&b, "\t\"%s/common\"\n", sdkRoot)
	for _, p := range g.products {
		fmt.Fprintf(&b, "\t%q\n", wrapperPkg(p))
	}
	b.WriteString(")\n\n// Services bundles the product services.\ntype Services struct {\n")
	for _, p := range g.products {
		fmt.Fprintf(&b, "\t%s *%sapi.Service\n", title(p.name), p.name)
	}
	b.WriteString("}\n\n// New builds every service for region.\nfunc New(cred common.CredentialIface, region string) (*Services, error) {\n\tvar s Services\n\tvar err error\n")
	for _, p := range g.products {
		fmt.Fprintf(&b, "\tif s.%s, err = %sapi.New(cred, region); err != nil {\n\t\treturn nil, err\n\t}\n", title(p.name), p.name)
	}
	b.WriteString("\treturn &s, nil\n}\n")
	return g.write("internal/cloud/cloud.go", b.String())
}

func title(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// libName is the name of the i-th package that does not touch the SDK.
func libName(i int) string {
	areas := []string{"model", "store", "parse", "format", "policy", "quota", "audit", "billing", "sched", "inventory"}
	return fmt.Sprintf("%s%03d", areas[i%len(areas)], i)
}

// writeLibs writes the packages that do not touch the SDK; each imports a
// few packages written before it, so they form a layered graph.
func (g *generator) writeLibs() error {
	for i := range g.cfg.plainPkgs {
		name := libName(i)
		var imports, deps strings.Builder
		if i > 0 {
			for _, d := range g.pickDistinct(i, min(i, 1+g.rng.IntN(3))) {
				fmt.Fprintf(&imports, "\t%q\n", modulePath+"/lib/"+libName(d))
				fmt.Fprintf(&deps, "\tn += %s.Size()\n", libName(d))
			}
		}
		src := strings.NewReplacer("PKG", name, "DEPIMPORTS", imports.String(), "DEPS", deps.String()).Replace(libBase)
		// Each package gets most chunks, in its own order.
		chunks := g.rng.Perm(len(libChunks))[:len(libChunks)-2]
		sort.Ints(chunks)
		var rest strings.Builder
		for _, c := range chunks {
			rest.WriteString(libChunks[c])
		}
		if err := g.write("lib/"+name+"/"+name+".go", src); err != nil {
			return err
		}
		extra := "package " + name + "\n\nimport (\n\t\"encoding/json\"\n\t\"errors\"\n\t\"fmt\"\n\t\"sort\"\n\t\"strconv\"\n\t\"strings\"\n\t\"sync\"\n\t\"time\"\n)\n\n" +
			"var (\n\t_ = json.Marshal\n\t_ = errors.New\n\t_ = fmt.Sprint\n\t_ = sort.Strings\n\t_ = strconv.Itoa\n\t_ = strings.Cut\n\t_ sync.Mutex\n\t_ time.Duration\n)\n" + rest.String()
		if err := g.write("lib/"+name+"/more.go", extra); err != nil {
			return err
		}
	}
	return nil
}

// pickDistinct returns k distinct numbers below n, favouring recent ones
// (a layered program imports its neighbours more than its foundations).
func (g *generator) pickDistinct(n, k int) []int {
	var out []int
	for len(out) < k {
		d := n - 1 - g.rng.IntN(min(n, 20))
		if !slices.Contains(out, d) {
			out = append(out, d)
		}
	}
	return out
}

func (g *generator) writeMain() error {
	var b strings.Builder
	b.WriteString("// Command bigapp is a generated program for tcerrcheck's benchmark.\npackage main\n\nimport (\n\t\"context\"\n\t\"fmt\"\n\t\"os\"\n\n")
	fmt.Fprintf(&b, "\t\"%s/common\"\n\t\"%s/internal/cloud\"\n", sdkRoot, modulePath)
	for i := range g.cfg.sdkPkgs {
		fmt.Fprintf(&b, "\t\"%s/svc/%s\"\n", modulePath, svcName(i))
	}
	b.WriteString(")\n\nfunc main() {\n\tcred := common.NewCredential(os.Getenv(\"TENCENTCLOUD_SECRET_ID\"), os.Getenv(\"TENCENTCLOUD_SECRET_KEY\"))\n")
	b.WriteString("\tsvcs, err := cloud.New(cred, \"ap-guangzhou\")\n\tif err != nil {\n\t\tfmt.Fprintln(os.Stderr, err)\n\t\tos.Exit(1)\n\t}\n")
	b.WriteString("\tvar steps []func(context.Context) error\n")
	for i := range g.cfg.sdkPkgs {
		fmt.Fprintf(&b, "\tsteps = append(steps, %s.New(svcs).Steps()...)\n", svcName(i))
	}
	b.WriteString("\tfor _, step := range steps {\n\t\tif err := step(context.Background()); err != nil {\n\t\t\tfmt.Fprintln(os.Stderr, err)\n\t\t}\n\t}\n}\n")
	return g.write("cmd/bigapp/main.go", b.String())
}

func isRetryableRoot(code string) bool {
	return slices.Contains(codes.DefaultRetryableFamilies(), code)
}
