package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/codes"
)

// The packages that call the SDK: handlers calling products through the
// wrapper services (mostly) or the clients directly, and comparing the
// codes of the errors in the ways measured on real projects, in roughly
// their proportions.

func svcName(i int) string {
	areas := []string{"deploy", "backup", "network", "storage", "access", "dbops", "edge", "balance", "fleet", "audit"}
	return fmt.Sprintf("%s%02d", areas[i%len(areas)], i)
}

// idioms and their weights: the retry helper inside a retry framework's
// closure is the commonest (one project calls RetryError 507 times), then
// type assertions with e.Code ==, GetCode() ==, and so on.
var idioms = []struct {
	name   string
	weight int
	write  func(*fnGen) string
}{
	{"retry closure with RetryError(err, codes...)", 25, (*fnGen).retryClosure},
	{"type assertion with ok, e.Code ==", 15, (*fnGen).assertOK},
	{"type assertion without ok, .Code ==", 8, (*fnGen).assertNoOK},
	{"e.GetCode() ==", 10, (*fnGen).getCode},
	{"local code variable and switch", 4, (*fnGen).localSwitch},
	{"strings.HasPrefix on the code", 4, (*fnGen).prefix},
	{"strings.Contains on err.Error()", 4, (*fnGen).message},
	{"slices.Contains on a code list", 4, (*fnGen).sliceList},
	{"package-level map of codes", 3, (*fnGen).mapList},
	{"package-level code constant", 6, (*fnGen).pkgConst},
	{"IsExpectError(err, []string{...})", 6, (*fnGen).isExpect},
	{"errors.As, e.Code ==", 2, (*fnGen).errorsAs},
	{"retry loop around the call, RetryError", 4, (*fnGen).retryLoopHelper},
	{"retry loop around the call, written out", 3, (*fnGen).retryLoopInline},
	{"code string classified by IsRetryableErrCode", 2, (*fnGen).classifyCode},
}

// fnGen writes one handler method: one call, one idiom.
type fnGen struct {
	g      *generator
	f      *fileBuilder
	p      *product
	a      action
	direct bool // the client directly, not the wrapper service
	name   string
	n      int // the method's number in its package, for unique names
}

func (g *generator) writeSvcs() error {
	for i := range g.cfg.sdkPkgs {
		if err := g.writeSvc(i); err != nil {
			return err
		}
	}
	return nil
}

func (g *generator) writeSvc(i int) error {
	name := svcName(i)
	prods := []*product{g.products[i%len(g.products)]}
	if g.rng.IntN(4) == 0 { // a quarter of the packages use a second product
		prods = append(prods, g.products[(i+1+g.rng.IntN(len(g.products)-1))%len(g.products)])
	}
	lib := libName(g.rng.IntN(max(g.cfg.plainPkgs, 1)))
	var methods []string
	for file := range 2 {
		f := newFile(name)
		for range 3 + g.rng.IntN(3) {
			p := prods[g.rng.IntN(len(prods))]
			fg := &fnGen{g: g, f: f, p: p, n: len(methods), direct: g.rng.IntN(10) < 3}
			fg.a = g.wrapped(p)[g.rng.IntN(len(g.wrapped(p)))]
			verbs := []string{"Ensure", "Sync", "Load", "Apply", "Check", "Refresh", "Prepare", "Reconcile"}
			fg.name = fmt.Sprintf("%s%s%d", verbs[g.rng.IntN(len(verbs))], fg.a.name, fg.n)
			idiom := g.pickIdiom()
			g.counts["idiom: "+idiom.name]++
			f.printf("\n// %s handles %s %s.\nfunc (h *Handler) %s(ctx context.Context) error {\n%s}\n",
				fg.name, p.name, fg.a.name, fg.name, idiom.write(fg))
			f.imp("context", "")
			methods = append(methods, fg.name)
		}
		if err := g.write(fmt.Sprintf("svc/%s/ops%d.go", name, file), f.String()); err != nil {
			return err
		}
	}
	h := newFile(name)
	h.imp(modulePath+"/internal/cloud", "")
	h.imp("context", "")
	h.imp(modulePath+"/lib/"+lib, "")
	h.printf(`
// Handler runs this area's operations.
type Handler struct{ s *cloud.Services }

// New returns a handler using the services s.
func New(s *cloud.Services) *Handler { return &Handler{s: s} }

// Name is the handler's name for logs.
func (h *Handler) Name() string { return %s.Normalize(%q) }

// Steps lists the operations in order.
func (h *Handler) Steps() []func(context.Context) error {
	return []func(context.Context) error{
`, lib, name)
	for _, m := range methods {
		h.printf("\t\th.%s,\n", m)
	}
	h.printf("\t}\n}\n")
	if err := g.write("svc/"+name+"/handler.go", h.String()); err != nil {
		return err
	}
	return g.writeSvcTest(name, prods[0])
}

// writeSvcTest writes a test file: real projects compare codes in _test.go
// files too.
func (g *generator) writeSvcTest(name string, p *product) error {
	a := g.wrapped(p)[g.rng.IntN(len(g.wrapped(p)))]
	fg := &fnGen{g: g, p: p, a: a}
	c1, c2 := fg.code(), fg.code()
	t := newFile(name)
	t.imp("testing", "")
	errs := t.imp(sdkRoot+"/common/errors", "sdkerrors")
	tc := t.imp(modulePath+"/internal/tcerr", "")
	t.printf(`
func TestClassify(t *testing.T) {
	cases := []struct {
		code string
		want bool
	}{{%q, true}, {%q, true}, {"Other", false}}
	for _, c := range cases {
		err := %s.NewTencentCloudSDKError(c.code, "message", "request-id")
		if got := %s.IsExpectError(err, []string{%q, %q}); got != c.want {
			t.Errorf("IsExpectError(%%q) = %%v, want %%v", c.code, got, c.want)
		}
	}
}

func TestSteps(t *testing.T) {
	if n := len(New(nil).Steps()); n == 0 {
		t.Fatal("no steps")
	}
}
`, c1, c2, errs, tc, c1, c2)
	g.counts["comparisons"]++
	return g.write("svc/"+name+"/handler_test.go", t.String())
}

func (g *generator) pickIdiom() struct {
	name   string
	weight int
	write  func(*fnGen) string
} {
	total := 0
	for _, id := range idioms {
		total += id.weight
	}
	n := g.rng.IntN(total)
	for _, id := range idioms {
		if n < id.weight {
			return id
		}
		n -= id.weight
	}
	return idioms[0]
}

// call returns the statement making the call and setting err (declaring
// it when define is set).
func (fg *fnGen) call(define bool) string {
	op := "="
	if define {
		op = ":="
	}
	if fg.direct {
		pkg := fg.f.imp(fg.p.pkgPath, fg.p.name)
		return fmt.Sprintf("_, err %s h.s.%s.Client().%sWithContext(ctx, %s.New%sRequest())\n", op, title(fg.p.name), fg.a.name, pkg, fg.a.name)
	}
	return fmt.Sprintf("err %s h.s.%s.%s(ctx)\n", op, title(fg.p.name), fg.a.name)
}

func (fg *fnGen) sdkErr() string { return fg.f.imp(sdkRoot+"/common/errors", "sdkerrors") }

// code returns a code to compare with: a code the action documents, and
// now and then (defectRate) a wrong one of the kinds found in real code.
func (fg *fnGen) code() string {
	fg.g.counts["compared codes"]++
	if fg.g.rng.Float64() < fg.g.cfg.defectRate {
		if c, kind, ok := fg.defect(); ok {
			fg.g.counts["defect: "+kind]++
			return c
		}
	}
	return fg.valid()
}

// valid returns a code the action documents (not a bare retryable root:
// an exact comparison with one is a family-exact defect).
func (fg *fnGen) valid() string {
	var ok []string
	for _, c := range fg.a.codes {
		if !isRetryableRoot(c) {
			ok = append(ok, c)
		}
	}
	if len(ok) == 0 {
		ok = fg.p.codes
	}
	return ok[fg.g.rng.IntN(len(ok))]
}

// defect returns a wrong code, the kinds in the proportions real code has
// them: codes from
// another product 22, exact matches missing a family 11, typos 1 (retry
// logic missing families, 7, comes from retryLoopInline).
func (fg *fnGen) defect() (string, string, bool) {
	g := fg.g
	switch n := g.rng.IntN(34); {
	case n < 22:
		for range 100 {
			q := g.products[g.rng.IntN(len(g.products))]
			c := q.codes[g.rng.IntN(len(q.codes))]
			if q != fg.p && !fg.p.codeSet[c] && !codes.CatalogProductCodes(fg.p.name).Has(c) && !builtin(c) {
				return c, "wrong-product", true
			}
		}
	case n < 33:
		for _, root := range []string{"InternalError", "RequestLimitExceeded"} {
			if root == "RequestLimitExceeded" || len(codes.SubCodes(root, fg.p.codes)) > 0 {
				return root, "family-exact", true
			}
		}
	default:
		for range 100 {
			c := fg.valid()
			i := strings.LastIndexByte(c, '.') + 1 + g.rng.IntN(max(len(c)-strings.LastIndexByte(c, '.')-2, 1))
			if i+1 >= len(c) || c[i] == c[i+1] {
				continue
			}
			typo := c[:i] + string(c[i+1]) + string(c[i]) + c[i+2:]
			if !declared(g.products, typo) {
				return typo, "typo", true
			}
		}
	}
	return "", "", false
}

func builtin(c string) bool {
	_, pub := codes.PublicCode(c)
	_, cli := codes.ClientCode(c)
	_, leg := codes.LegacyCode(c)
	return pub || cli || leg
}

func declared(products []*product, c string) bool {
	if builtin(c) || len(codes.CatalogDeclarers(c)) > 0 {
		return true
	}
	for _, p := range products {
		if p.codeSet[c] {
			return true
		}
	}
	return false
}

func (fg *fnGen) count() { fg.g.counts["comparisons"]++ }

func (fg *fnGen) retryClosure() string {
	fg.count()
	r := fg.f.imp(modulePath+"/internal/retry", "")
	tc := fg.f.imp(modulePath+"/internal/tcerr", "")
	fg.f.imp("time", "")
	return fmt.Sprintf(`	return %[1]s.Do(time.Minute, func() *%[1]s.Error {
		%[3]s		if err != nil {
			if %[2]s.RetryError(err, %[4]q) {
				return %[1]s.RetryableError(err)
			}
			return %[1]s.NonRetryableError(err)
		}
		return nil
	})
`, r, tc, fg.call(true), fg.code())
}

func (fg *fnGen) assertOK() string {
	fg.count()
	return fmt.Sprintf(`	%s	if err == nil {
		return nil
	}
	if e, ok := err.(*%s.TencentCloudSDKError); ok && e.Code == %q {
		return nil
	}
	return err
`, fg.call(true), fg.sdkErr(), fg.code())
}

func (fg *fnGen) assertNoOK() string {
	fg.count()
	return fmt.Sprintf(`	%s	if err != nil && err.(*%s.TencentCloudSDKError).Code == %q {
		return nil
	}
	return err
`, fg.call(true), fg.sdkErr(), fg.code())
}

func (fg *fnGen) getCode() string {
	fg.count()
	fg.count()
	fg.f.imp("fmt", "")
	return fmt.Sprintf(`	%s	if e, ok := err.(*%s.TencentCloudSDKError); ok {
		if e.GetCode() == %q || e.GetCode() == %q {
			return fmt.Errorf("%s: nothing to do: %%w", err)
		}
	}
	return err
`, fg.call(true), fg.sdkErr(), fg.code(), fg.code(), fg.name)
}

func (fg *fnGen) localSwitch() string {
	c1, c2, c3 := fg.code(), fg.code(), fg.code()
	if c1 == c2 || c1 == c3 || c2 == c3 { // duplicate cases do not compile
		return fg.assertOK()
	}
	fg.count()
	fg.f.imp("fmt", "")
	return fmt.Sprintf(`	%s	code := ""
	if e, ok := err.(*%s.TencentCloudSDKError); ok {
		code = e.Code
	}
	switch code {
	case %q, %q:
		return nil
	case %q:
		return fmt.Errorf("conflict: %%w", err)
	}
	return err
`, fg.call(true), fg.sdkErr(), c1, c2, c3)
}

func (fg *fnGen) prefix() string {
	fg.count()
	fg.f.imp("strings", "")
	return fmt.Sprintf(`	%s	if e, ok := err.(*%s.TencentCloudSDKError); ok && strings.HasPrefix(e.Code, %q) {
		return nil
	}
	return err
`, fg.call(true), fg.sdkErr(), codes.Family(fg.valid()))
}

func (fg *fnGen) message() string {
	fg.count()
	fg.f.imp("strings", "")
	return fmt.Sprintf(`	%s	if err != nil && strings.Contains(err.Error(), "Code=%s,") {
		return nil
	}
	return err
`, fg.call(true), fg.code())
}

func (fg *fnGen) sliceList() string {
	fg.count()
	fg.f.imp("slices", "")
	return fmt.Sprintf(`	%s	ignored := []string{%q, %q}
	if e, ok := err.(*%s.TencentCloudSDKError); ok && slices.Contains(ignored, e.Code) {
		return nil
	}
	return err
`, fg.call(true), fg.code(), fg.code(), fg.sdkErr())
}

func (fg *fnGen) mapList() string {
	c1, c2 := fg.code(), fg.code()
	if c1 == c2 { // duplicate keys do not compile
		return fg.assertOK()
	}
	fg.count()
	fg.f.printf("\nvar ignoredCodes%d = map[string]bool{%q: true, %q: true}\n", fg.n, c1, c2)
	return fmt.Sprintf(`	%s	if e, ok := err.(*%s.TencentCloudSDKError); ok && ignoredCodes%d[e.Code] {
		return nil
	}
	return err
`, fg.call(true), fg.sdkErr(), fg.n)
}

func (fg *fnGen) pkgConst() string {
	consts := fg.g.consts[fg.p.name]
	if len(consts) == 0 {
		return fg.assertOK()
	}
	fg.count()
	c := consts[fg.g.rng.IntN(len(consts))]
	api := fg.f.imp(wrapperPkg(fg.p), "")
	return fmt.Sprintf(`	%s	if e, ok := err.(*%s.TencentCloudSDKError); ok && e.Code == %s.%s {
		return nil
	}
	return err
`, fg.call(true), fg.sdkErr(), api, c.name)
}

func (fg *fnGen) isExpect() string {
	fg.count()
	tc := fg.f.imp(modulePath+"/internal/tcerr", "")
	return fmt.Sprintf(`	%s	if %s.IsExpectError(err, []string{%q, %q}) {
		return nil
	}
	return err
`, fg.call(true), tc, fg.code(), fg.code())
}

func (fg *fnGen) errorsAs() string {
	fg.count()
	fg.f.imp("errors", "")
	return fmt.Sprintf(`	%s	var e *%s.TencentCloudSDKError
	if errors.As(err, &e) && e.Code == %q {
		return nil
	}
	return err
`, fg.call(true), fg.sdkErr(), fg.code())
}

func (fg *fnGen) retryLoopHelper() string {
	fg.count()
	tc := fg.f.imp(modulePath+"/internal/tcerr", "")
	fg.f.imp("time", "")
	return fmt.Sprintf(`	var err error
	for attempt := 0; attempt < 3; attempt++ {
		%s		if err == nil || !%s.RetryError(err, %q) {
			return err
		}
		time.Sleep(time.Duration(attempt+1) * 100 * time.Millisecond)
	}
	return err
`, fg.call(false), tc, fg.code())
}

// retryLoopInline retries the families it names; one loop in three names
// only RequestLimitExceeded, the "retry logic that retries the wrong
// family" of real code (a retry-incomplete defect when the client is called directly).
func (fg *fnGen) retryLoopInline() string {
	fg.count()
	fg.f.imp("strings", "")
	fg.f.imp("time", "")
	cond := `strings.HasPrefix(e.Code, "RequestLimitExceeded") || strings.HasPrefix(e.Code, "InternalError") ||
			e.Code == "ServiceUnavailable" || e.Code == "ClientError.NetworkError"`
	if fg.g.rng.IntN(3) == 0 {
		cond = `strings.HasPrefix(e.Code, "RequestLimitExceeded")`
		fg.g.counts["defect: retry loop missing families"]++
	}
	return fmt.Sprintf(`	for attempt := 0; ; attempt++ {
		%s		if err == nil {
			return nil
		}
		if e, ok := err.(*%s.TencentCloudSDKError); ok && attempt < 3 && (%s) {
			time.Sleep(time.Second << attempt)
			continue
		}
		return err
	}
`, fg.call(true), fg.sdkErr(), cond)
}

func (fg *fnGen) classifyCode() string {
	tc := fg.f.imp(modulePath+"/internal/tcerr", "")
	fg.f.imp("fmt", "")
	return fmt.Sprintf(`	%s	if code := %s.Code(err); code != "" && %s.IsRetryableErrCode(code) {
		return fmt.Errorf("try again later: %%w", err)
	}
	return err
`, fg.call(true), tc, tc)
}

// fileBuilder collects a Go file's imports and declarations.
type fileBuilder struct {
	pkg     string
	imports map[string]string // path -> alias ("" for none)
	decls   strings.Builder
}

func newFile(pkg string) *fileBuilder { return &fileBuilder{pkg: pkg, imports: map[string]string{}} }

// imp imports path (as alias when set) and returns the name to use.
func (f *fileBuilder) imp(path, alias string) string {
	f.imports[path] = alias
	if alias != "" {
		return alias
	}
	return path[strings.LastIndexByte(path, '/')+1:]
}

func (f *fileBuilder) printf(format string, args ...any) { fmt.Fprintf(&f.decls, format, args...) }

func (f *fileBuilder) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "package %s\n\nimport (\n", f.pkg)
	paths := make([]string, 0, len(f.imports))
	for p := range f.imports {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		if a := f.imports[p]; a != "" && a != p[strings.LastIndexByte(p, '/')+1:] {
			fmt.Fprintf(&b, "\t%s %q\n", a, p)
		} else {
			fmt.Fprintf(&b, "\t%q\n", p)
		}
	}
	b.WriteString(")\n")
	b.WriteString(f.decls.String())
	return b.String()
}
