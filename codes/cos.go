package codes

import (
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
)

//go:generate go run ./internal/gen/cos -out cos_gen.go

// Cloud Object Storage (COS) is not an API 3.0 product: Go programs reach it
// through its own SDK, whose errors are *cos.ErrorResponse values carrying
// a Code string from COS's XML API ("NoSuchKey", "SlowDown", ...). The SDK
// declares no constants for them, so the codes come from COS's error-code
// page (internal/gen/cos/errorcodes.md, generated into cos_gen.go). They
// are a namespace of their own: a COS code is never an API 3.0 code of some
// product, even where the names coincide ("InternalError").

// COSModulePath is the module path of the COS SDK for Go.
const COSModulePath = "github.com/tencentyun/cos-go-sdk-v5"

// COSCode is one error code of COS's XML API with the HTTP statuses COS's
// error-code page lists it under.
type COSCode struct {
	Code string
	// Statuses are the HTTP statuses, ascending. Nearly every code has
	// one; InvalidObjectState is listed under 403 and 409.
	Statuses []int
}

// StatusText returns the statuses as the page writes them, joined by " or ":
// "404 Not Found".
func (c COSCode) StatusText() string {
	parts := make([]string, len(c.Statuses))
	for i, s := range c.Statuses {
		parts[i] = strconv.Itoa(s) + " " + http.StatusText(s)
	}
	return strings.Join(parts, " or ")
}

// COS returns COS's XML API error codes, sorted by code. Callers must not
// modify the result.
func COS() []COSCode { return cosCodes }

// COSCodeNames returns the codes of COS() alone, sorted. Callers must not
// modify the result.
func COSCodeNames() []string { return cosNames() }

var cosNames = sync.OnceValue(func() []string {
	names := make([]string, len(cosCodes))
	for i, c := range cosCodes {
		names[i] = c.Code
	}
	return names
})

// LookupCOS returns the COS code entry for code, if COS documents it.
// Codes are case-sensitive, as COS sends them.
func LookupCOS(code string) (COSCode, bool) {
	i, found := slices.BinarySearchFunc(cosCodes, code, func(c COSCode, code string) int {
		return strings.Compare(c.Code, code)
	})
	if !found {
		return COSCode{}, false
	}
	return cosCodes[i], true
}

// IsCOSCode reports whether COS's error-code page documents code.
func IsCOSCode(code string) bool {
	_, ok := LookupCOS(code)
	return ok
}

// cosTransient are the COS codes a retry policy should cover unless
// configured otherwise:
//   - InternalError (500), ServiceUnavailable (503) and SlowDown (503, "reduce
//     your request rate"): server-side and rate conditions that pass. The
//     SDK itself (cos-go-sdk-v5 v0.7.70, Client.CheckRetrieable) retries
//     every response of status 500 or more, RetryOpt.Count times (3 by
//     default), so these reach the caller only once its own retries ran
//     out, which is why callers retry them again.
//   - RequestTimeout (400): COS gave up reading a slow request body; the
//     request itself was fine. Being a 4XX, the SDK does not retry it, so
//     a caller's policy is the only one that can.
//
// The other 5XX codes are left out of the default: NotImplemented never
// passes, and KmsInternalException and KmsFreqControl arise only with
// KMS-encrypted objects (a policy for such buckets can add them, as the
// Terraform provider's COS retry list adds KmsInternalException).
var cosTransient = []string{"InternalError", "RequestTimeout", "ServiceUnavailable", "SlowDown"}

// COSTransientCodes returns the COS codes a retry policy should cover by
// default, sorted.
func COSTransientCodes() []string { return slices.Clone(cosTransient) }

// IsCOSTransient reports whether code is one of COSTransientCodes.
func IsCOSTransient(code string) bool { return slices.Contains(cosTransient, code) }

// COSSource says where the COS codes come from: the page, its address and
// the date it was read, e.g. `COS codes: Tencent Cloud COS API
// documentation, "错误码" / "Error Codes" (https://cloud.tencent.com/...),
// read 2026-12-07`. It is the COS counterpart of CatalogRelease.
func COSSource() string {
	return fmt.Sprintf("COS codes: %s (%s), read %s", cosPage, cosPageURL, cosPageRead)
}

// COSSourceURLs returns the addresses of the page the COS codes come from:
// the Chinese site's, then the international site's.
func COSSourceURLs() []string { return []string{cosPageURL, cosPageIntlURL} }
