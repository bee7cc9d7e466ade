package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/tcerrcheck/tcerrcheck/codes"
)

// runCmd runs the command and returns its exit status and output.
func runCmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// expect checks the exit status and that stdout holds every want.
func expect(t *testing.T, args []string, status int, wants ...string) string {
	t.Helper()
	got, out, errOut := runCmd(t, args...)
	if got != status {
		t.Errorf("tcerrcodes %q: exit %d, want %d\nstdout:\n%s\nstderr:\n%s", args, got, status, out, errOut)
	}
	for _, w := range wants {
		if !strings.Contains(out, w) {
			t.Errorf("tcerrcodes %q: stdout lacks %q:\n%s", args, w, out)
		}
	}
	return out
}

func TestLookup(t *testing.T) {
	expect(t, []string{"InvalidInstanceId.NotFound"}, 0, "declared by 3 products: cbs cvm vpc")
	// A single declarer shows its documenting actions without asking.
	expect(t, []string{"EniNotAllowedChangeSubnet"}, 0, "declared by cvm", "cvm: documented by")
	expect(t, []string{"-product", "cvm", "InvalidInstanceId.NotFound"}, 0, "cvm: documented by 40 actions:", "TerminateInstances")
	expect(t, []string{"-actions", "InternalError.Timeout"}, 0, "cfs: documented by", "sms: documented by")
	// Flags may follow codes.
	expect(t, []string{"InvalidInstanceId.NotFound", "-product", "cvm", "-action", "DescribeInstances"}, 0,
		"cvm: declared; DescribeInstances does not document it")
}

func TestLookupNotFound(t *testing.T) {
	out := expect(t, []string{"InvalidInstanceId.NotFund"}, 1, "unknown:", "did you mean InvalidInstanceId.NotFound?")
	if strings.Contains(out, "differs only in case") {
		t.Errorf("a one-letter typo is not a case difference:\n%s", out)
	}
	expect(t, []string{"InvalidInstanceID.NotFound"}, 1, "did you mean InvalidInstanceId.NotFound? (differs only in case) [cbs cvm vpc]")
	expect(t, []string{"Zz.Qq"}, 1, "nearest: nothing close")
	// Declared elsewhere but not by the asked product: found for nobody here.
	expect(t, []string{"-product", "cvm", "FailedOperation.ClusterState"}, 1, "declared by tke", "cvm: not declared")
	// One unknown code among known ones still fails.
	expect(t, []string{"InvalidInstanceId.NotFound", "NoSuch.Code"}, 1)
}

// A code is shown with the releases of each SDK that declared it for each
// product, and one the SDK dropped is known but no longer found.
func TestLookupHistory(t *testing.T) {
	expect(t, []string{"-product", "cvm", "InvalidInstanceId.NotFound"}, 0,
		"cvm releases: tencentcloud-sdk-go v1.0.181 (2021-06-10) to now, tencentcloud-sdk-go-intl-en v3.0.218 (2021-06-10) to now\n")
	out := expect(t, []string{"-product", "cvm", "InvalidParameterValue.EniIdMalformed"}, 1,
		"cvm releases: tencentcloud-sdk-go v1.0.1158 (2025-05-01) to v1.0.1170 (2025-05-21); no longer declared\n")
	if strings.Contains(out, "unknown") || strings.Contains(out, "not declared\n") {
		t.Errorf("a dropped code is not unknown, and its history says it all:\n%s", out)
	}
	var r lookupReport
	_, js, _ := runCmd(t, "-json", "InvalidParameterValue.EniIdMalformed")
	if err := json.Unmarshal([]byte(js), &r); err != nil || len(r.Codes) != 1 || len(r.Codes[0].History) != 1 {
		t.Fatalf("json = %s, %v", js, err)
	}
	if h := r.Codes[0].History[0]; h.Product != "cvm" || h.Current || h.SDKs[0].Last != "v1.0.1170" || h.SDKs[0].LastDate != "2025-05-21" {
		t.Errorf("history = %+v", h)
	}
}

// -all adds the codes the product no longer declares, with when they went.
func TestListProductAll(t *testing.T) {
	out := expect(t, []string{"-product", "cvm", "-all"}, 0,
		"InvalidParameterValue.EniIdMalformed  removed: last declared in tencentcloud-sdk-go v1.0.1170 (2025-05-21)\n")
	want := len(codes.CatalogProductCodes("cvm")) + len(codes.CatalogRemovedCodes("cvm"))
	if n := strings.Count(out, "\n"); n != want {
		t.Errorf("%d lines, want %d", n, want)
	}
	status, _, errOut := runCmd(t, "-all", "InvalidInstanceId.NotFound")
	if status != exitUsage || !strings.Contains(errOut, "-all lists a product's codes") {
		t.Errorf("-all with a code: exit %d, %q", status, errOut)
	}
}

func TestLookupBuiltins(t *testing.T) {
	for _, tc := range []struct {
		table []codes.Builtin
		want  string
	}{
		{codes.PublicCodes(), "public code: any product may return it"},
		{codes.ClientCodes(), "SDK client-side code"},
		{codes.LegacyCodes(), "API 2.0 legacy code"},
	} {
		if len(tc.table) == 0 {
			t.Logf("table for %q is empty; skipped", tc.want)
			continue
		}
		b := tc.table[0]
		expect(t, []string{b.Code}, 0, tc.want)
		// A public or client code is valid for any product; a legacy one for none.
		status := 0
		if tc.want == "API 2.0 legacy code" && !codes.CatalogProductCodes("cvm").Has(b.Code) {
			status = 1
		}
		expect(t, []string{"-product", "cvm", b.Code}, status)
	}
	for _, b := range codes.LegacyCodes() {
		if b.Equivalent != "" {
			expect(t, []string{b.Code}, 0, "API 3.0 equivalent: "+b.Equivalent)
			break
		}
	}
}

func TestListProduct(t *testing.T) {
	out := expect(t, []string{"-product", "cvm"}, 0, "InvalidInstanceId.NotFound\n")
	if n := strings.Count(out, "\n"); n != len(codes.CatalogProductCodes("cvm")) {
		t.Errorf("%d lines, want one per cvm code (%d)", n, len(codes.CatalogProductCodes("cvm")))
	}
	out = expect(t, []string{"-product", "cvm", "-action", "DescribeInstances"}, 0, "InvalidInstanceId.Malformed\n")
	if want := strings.Join(codes.CatalogActionCodes("cvm", "DescribeInstances"), "\n") + "\n"; out != want {
		t.Errorf("action listing:\n%s\nwant:\n%s", out, want)
	}
	// dataintegration declares no codes: an empty listing is "nothing matches".
	expect(t, []string{"-product", "dataintegration"}, 1)
}

func TestListUnknown(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-product", "cvmm"}, `unknown product "cvmm"; did you mean cvm`},
		{[]string{"-product", "cvm", "-action", "DescribeInstance"}, "did you mean DescribeInstances?"},
		{[]string{"-product", "nope", "InvalidInstanceId.NotFound"}, `unknown product "nope"`},
	} {
		status, out, errOut := runCmd(t, tc.args...)
		if status != 1 || out != "" || !strings.Contains(errOut, tc.want) {
			t.Errorf("tcerrcodes %q: exit %d, stdout %q, stderr %q; want 1, nothing, %q", tc.args, status, out, errOut, tc.want)
		}
	}
}

func TestListFamily(t *testing.T) {
	out := expect(t, []string{"-family", "RequestLimitExceeded", "-product", "dnspod"}, 0,
		"RequestLimitExceeded.RequestLimitExceeded", "dnspod")
	if strings.Contains(out, "RequestLimitExceeded.CreateUser") {
		t.Errorf("dnspod family listing has cam's code:\n%s", out)
	}
	expect(t, []string{"-family", "RequestLimitExceeded"}, 0, "RequestLimitExceeded.CreateUser", "cam")
	for _, line := range strings.Split(strings.TrimSpace(expect(t, []string{"-family", "InvalidInstanceId"}, 0)), "\n") {
		if !strings.HasPrefix(line, "InvalidInstanceId.") {
			t.Errorf("family listing line %q is outside the family", line)
		}
	}
	expect(t, []string{"-family", "NoSuchFamily"}, 1, "no NoSuchFamily codes")
}

func TestJSON(t *testing.T) {
	out := expect(t, []string{"-json", "-product", "cvm", "InvalidInstanceId.NotFound", "InvalidInstanceID.NotFound"}, 1)
	var r lookupReport
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Codes) != 2 || !r.Codes[0].Found || r.Codes[1].Found || r.Release == "" {
		t.Fatalf("report = %+v", r)
	}
	if u := r.Codes[0].Products; len(u) != 1 || u[0].Product != "cvm" || !u[0].Declares || len(u[0].Actions) != 40 {
		t.Errorf("cvm use = %+v", u)
	}
	if n := r.Codes[1].Nearest; len(n) == 0 || n[0] != "InvalidInstanceId.NotFound" {
		t.Errorf("nearest = %q", n)
	}

	out = expect(t, []string{"-json", "-product", "cvm", "-action", "DescribeInstances"}, 0)
	var l listReport
	if err := json.Unmarshal([]byte(out), &l); err != nil {
		t.Fatal(err)
	}
	if l.Product != "cvm" || l.Action != "DescribeInstances" || l.Version == "" || len(l.Codes) != len(codes.CatalogActionCodes("cvm", "DescribeInstances")) {
		t.Errorf("listing = %+v", l)
	}

	out = expect(t, []string{"-json", "-products"}, 0)
	var p productsReport
	if err := json.Unmarshal([]byte(out), &p); err != nil {
		t.Fatal(err)
	}
	if len(p.Products) != len(codes.CatalogProducts()) {
		t.Errorf("%d products, want %d", len(p.Products), len(codes.CatalogProducts()))
	}
}

func TestProducts(t *testing.T) {
	out := expect(t, []string{"-products"}, 0, "PRODUCT", "cvm ", "v20170312", "tencentcloud/cvm@v1.3.162",
		fmt.Sprintf("\nCOS (object storage, cos-go-sdk-v5; not an API 3.0 product): %d codes, listed with -cos\n  %s\n", len(codes.COS()), codes.COSSource()))
	table, _, _ := strings.Cut(out, "\n\n")
	if n := strings.Count(table, "\n"); n != len(codes.CatalogProducts())+1 {
		t.Errorf("%d lines before the COS note, want a title, a header and one per product", n+1)
	}
	if strings.Contains(table, "\ncos ") {
		t.Error("COS is listed as an API 3.0 product")
	}
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"-json"},
		{"-action", "DescribeInstances"},
		{"-products", "cvm"},
		{"-products", "-product", "cvm"},
		{"-actions"},
		{"-actions", "-product", "cvm"},
		{"-family", "InternalError", "InternalError.Timeout"},
		{"-family", "InternalError", "-product", "cvm", "-action", "DescribeInstances"},
		{"-nosuchflag"},
		{"-product"},
		{""},
		{"-cos", "-product", "cvm"},
		{"-cos", "-family", "InternalError"},
		{"-cos", "-all"},
		{"-cos", "-actions", "NoSuchKey"},
		{"-products", "-cos"},
	} {
		status, out, errOut := runCmd(t, args...)
		if status != 2 || out != "" || errOut == "" {
			t.Errorf("tcerrcodes %q: exit %d, stdout %q, stderr %q; want 2 and a message on stderr only", args, status, out, errOut)
		}
	}
	if status, _, errOut := runCmd(t, "-h"); status != 0 || !strings.Contains(errOut, "Usage:") {
		t.Errorf("-h: exit %d, stderr %q", status, errOut)
	}
}

// -V and -version name the catalog's releases, whatever else is asked;
// -V takes no value.
func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"-V"}, {"-version"}, {"-V", "-products"}} {
		out := expect(t, args, 0, "catalog of SDK releases: "+codes.CatalogRelease()+"\n")
		if !strings.HasPrefix(out, "tcerrcodes ") {
			t.Errorf("%q: %q", args, out)
		}
	}
	if status, out, _ := runCmd(t, "-V=full"); status != 2 || out != "" {
		t.Errorf("-V=full: exit %d, stdout %q; want a usage error", status, out)
	}
}
