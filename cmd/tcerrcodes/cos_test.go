package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/tcerrcheck/tcerrcheck/codes"
)

// A plain lookup answers COS codes, marked as COS, and their look-alikes
// with the nearest COS code.
func TestLookupCOS(t *testing.T) {
	out := expect(t, []string{"NoSuchKey"}, 0, "COS code (object storage, cos-go-sdk-v5's *cos.ErrorResponse): HTTP 404 Not Found\n")
	if strings.Contains(out, "unknown") || strings.Contains(out, "declared by") || strings.Contains(out, "transient") {
		t.Errorf("NoSuchKey is a COS code only, and not a transient one:\n%s", out)
	}
	expect(t, []string{"BucketAlreadyOwnedByYou"}, 0, "HTTP 409 Conflict")
	expect(t, []string{"InvalidObjectState"}, 0, "HTTP 403 Forbidden or 409 Conflict")
	expect(t, []string{"SlowDown"}, 0, "HTTP 503 Service Unavailable", "COS transient: a retry policy for COS should cover it")
	// A code both namespaces have is answered as both.
	expect(t, []string{"InternalError"}, 0, "public code: any product may return it", "HTTP 500 Internal Server Error", "COS transient")

	for _, tc := range []struct{ typo, want string }{
		{"NoSuchKeys", "did you mean NoSuchKey? [cos]"},
		{"NoSuchBuckets", "did you mean NoSuchBucket? [cos]"},
		{"Nosuchkey", "did you mean NoSuchKey? (differs only in case) [cos]"},
		{"BucketAlreadyOwnedByYour", "did you mean BucketAlreadyOwnedByYou? [cos]"},
		{"RequestTimeOut", "did you mean RequestTimeout? (differs only in case) [cos]"},
	} {
		expect(t, []string{tc.typo}, 1, "is not a public, client, legacy or COS code", tc.want)
	}
	// A suggestion both namespaces have names both.
	expect(t, []string{"InternalErrror"}, 1, "did you mean InternalError? [")
	if out := expect(t, []string{"InternalErrror"}, 1); !strings.Contains(out, ", cos]") {
		t.Errorf("InternalError's suggestion does not say COS has it too:\n%s", out)
	}
}

// -cos asks about COS's codes alone; -product asks about an API 3.0
// product, which COS is not.
func TestLookupCOSOnly(t *testing.T) {
	out := expect(t, []string{"-cos", "InternalError"}, 0, "HTTP 500 Internal Server Error")
	if strings.Contains(out, "declared by") || strings.Contains(out, "public code") {
		t.Errorf("-cos answered with API 3.0 facts:\n%s", out)
	}
	expect(t, []string{"-cos", "NoSuchKeys"}, 1, "unknown: COS's error-code page does not list it", "did you mean NoSuchKey? [cos]")
	// An API 3.0 code is not a COS code, however well known.
	expect(t, []string{"-cos", "InvalidInstanceId.NotFound"}, 1, "COS's error-code page does not list it")
	expect(t, []string{"-cos", "NoSuchKey", "ResourceNotFound"}, 1)
	// -product cvm: a COS code is no cvm code.
	expect(t, []string{"-product", "cvm", "NoSuchKey"}, 1, "HTTP 404 Not Found", "cvm: not declared")
	status, out, errOut := runCmd(t, "-product", "cos")
	if status != 1 || out != "" || !strings.Contains(errOut, "not an API 3.0 product") || !strings.Contains(errOut, "-cos") {
		t.Errorf("-product cos: exit %d, stdout %q, stderr %q", status, out, errOut)
	}
}

func TestListCOS(t *testing.T) {
	out := expect(t, []string{"-cos"}, 0, "NoSuchKey  ", "404 Not Found\n", "SlowDown  ", "503 Service Unavailable  transient\n")
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != len(codes.COS()) {
		t.Errorf("%d lines, want one per COS code (%d)", len(lines), len(codes.COS()))
	}
	var transient []string
	for _, l := range lines {
		if strings.HasSuffix(l, "transient") {
			transient = append(transient, strings.Fields(l)[0])
		}
	}
	if strings.Join(transient, " ") != strings.Join(codes.COSTransientCodes(), " ") {
		t.Errorf("transient lines %q, want %q", transient, codes.COSTransientCodes())
	}

	var r cosListReport
	if err := json.Unmarshal([]byte(expect(t, []string{"-json", "-cos"}, 0)), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Codes) != len(codes.COS()) || r.Source != codes.COSSource() || len(r.URLs) != 2 {
		t.Errorf("listing: %d codes, source %q, urls %q", len(r.Codes), r.Source, r.URLs)
	}
}

// A family listing marks what COS has too and adds what only COS has.
func TestListFamilyCOS(t *testing.T) {
	out := expect(t, []string{"-family", "InternalError"}, 0)
	if first, _, _ := strings.Cut(out, "\n"); strings.Join(strings.Fields(first), " ") != "InternalError public, cos" {
		t.Errorf("first line %q, want InternalError as public and COS", first)
	}
	expect(t, []string{"-family", "SlowDown"}, 0, "SlowDown  cos\n")
	// With a product, COS codes are no answer.
	expect(t, []string{"-family", "SlowDown", "-product", "cvm"}, 1)
}

func TestJSONCOS(t *testing.T) {
	var r lookupReport
	if err := json.Unmarshal([]byte(expect(t, []string{"-json", "SlowDown", "NoSuchKeys"}, 1)), &r); err != nil {
		t.Fatal(err)
	}
	if r.COSSource != codes.COSSource() || len(r.Codes) != 2 {
		t.Fatalf("report = %+v", r)
	}
	if c := r.Codes[0]; !c.Found || c.COS == nil || c.COS.Status != "503 Service Unavailable" || !c.COS.Transient || c.COS.Statuses[0] != 503 {
		t.Errorf("SlowDown = %+v", c)
	}
	if c := r.Codes[1]; c.Found || c.COS != nil || len(c.Nearest) == 0 || c.Nearest[0] != "NoSuchKey" {
		t.Errorf("NoSuchKeys = %+v", c)
	}
	var p productsReport
	if err := json.Unmarshal([]byte(expect(t, []string{"-json", "-products"}, 0)), &p); err != nil {
		t.Fatal(err)
	}
	if p.COS == nil || p.COS.Codes != len(codes.COS()) || p.COS.Source != codes.COSSource() {
		t.Errorf("products' COS = %+v", p.COS)
	}
}
