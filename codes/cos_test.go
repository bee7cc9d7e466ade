package codes

import (
	"slices"
	"strings"
	"testing"
)

func TestCOSTable(t *testing.T) {
	all := COS()
	if len(all) < 100 {
		t.Fatalf("%d COS codes; the page lists over a hundred", len(all))
	}
	if !slices.IsSortedFunc(all, func(a, b COSCode) int { return strings.Compare(a.Code, b.Code) }) {
		t.Error("COS() is not sorted by code")
	}
	for i, c := range all {
		if i > 0 && all[i-1].Code == c.Code {
			t.Errorf("%s listed twice", c.Code)
		}
		if !IsCodeShaped(c.Code) || strings.Contains(c.Code, ".") {
			t.Errorf("%q is not shaped like a COS code (one segment)", c.Code)
		}
		if len(c.Statuses) == 0 || !slices.IsSorted(c.Statuses) {
			t.Errorf("%s: statuses %v", c.Code, c.Statuses)
		}
		for _, s := range c.Statuses {
			if s < 400 || s > 599 {
				t.Errorf("%s: status %d is not an error status", c.Code, s)
			}
		}
		if got, ok := LookupCOS(c.Code); !ok || got.Code != c.Code {
			t.Errorf("LookupCOS(%q) = %v, %v", c.Code, got, ok)
		}
	}
	if names := COSCodeNames(); len(names) != len(all) || names[0] != all[0].Code {
		t.Errorf("COSCodeNames has %d names, COS %d codes", len(names), len(all))
	}
}

func TestLookupCOS(t *testing.T) {
	for _, tc := range []struct {
		code   string
		status string // "" when COS does not document it
	}{
		{"NoSuchKey", "404 Not Found"},
		{"NoSuchBucket", "404 Not Found"},
		{"BucketAlreadyOwnedByYou", "409 Conflict"},
		{"SlowDown", "503 Service Unavailable"},
		{"RequestTimeout", "400 Bad Request"},
		{"InternalError", "500 Internal Server Error"},
		{"InvalidObjectState", "403 Forbidden or 409 Conflict"},
		// Look-alikes: a plural, another case, an S3 code COS does not
		// document, an API 3.0 code, the page's old misspelling.
		{"NoSuchKeys", ""},
		{"NoSuchkey", ""},
		{"nosuchkey", ""},
		{"NoSuchBucketPolicy", ""},
		{"RequestLimitExceeded", ""},
		{"ResourceNotFound", ""},
		{"BadRquest", ""},
		{"Request has expired", ""},
		{"", ""},
	} {
		c, ok := LookupCOS(tc.code)
		if ok != (tc.status != "") || IsCOSCode(tc.code) != ok {
			t.Errorf("LookupCOS(%q) found = %v, want %v", tc.code, ok, tc.status != "")
			continue
		}
		if ok && c.StatusText() != tc.status {
			t.Errorf("%s: status %q, want %q", tc.code, c.StatusText(), tc.status)
		}
	}
}

// A near miss finds the documented code; nothing near finds nothing.
func TestCOSNearest(t *testing.T) {
	for _, tc := range []struct{ typo, want string }{
		{"NoSuchKeys", "NoSuchKey"},
		{"NoSuchkey", "NoSuchKey"},
		{"NoSuchBuckets", "NoSuchBucket"},
		{"BucketAlreadyOwnedByYour", "BucketAlreadyOwnedByYou"},
		{"Slowdown", "SlowDown"},
		{"RequestTimeOut", "RequestTimeout"},
		{"InternalErrror", "InternalError"},
	} {
		if got := Nearest(tc.typo, COSCodeNames(), 3); len(got) == 0 || got[0] != tc.want {
			t.Errorf("Nearest(%q) = %q, want %s first", tc.typo, got, tc.want)
		}
	}
	if got := Nearest("Zzzzzz", COSCodeNames(), 3); len(got) != 0 {
		t.Errorf("Nearest(Zzzzzz) = %q, want nothing", got)
	}
}

func TestCOSTransient(t *testing.T) {
	want := []string{"InternalError", "RequestTimeout", "ServiceUnavailable", "SlowDown"}
	if got := COSTransientCodes(); !slices.Equal(got, want) {
		t.Errorf("COSTransientCodes() = %q, want %q", got, want)
	}
	COSTransientCodes()[0] = "changed"
	if !IsCOSTransient("InternalError") {
		t.Error("modifying the returned slice changed the transient set")
	}
	for _, c := range want {
		if !IsCOSCode(c) {
			t.Errorf("transient %s is not a documented COS code", c)
		}
	}
	for _, c := range []string{"NoSuchKey", "NotImplemented", "KmsInternalException", "RequestLimitExceeded", "slowdown"} {
		if IsCOSTransient(c) {
			t.Errorf("IsCOSTransient(%q) = true", c)
		}
	}
}

func TestCOSSource(t *testing.T) {
	s := COSSource()
	for _, want := range []string{"Error Codes", "https://cloud.tencent.com/document/product/436/7730", "read 20"} {
		if !strings.Contains(s, want) {
			t.Errorf("COSSource() = %q, lacks %q", s, want)
		}
	}
	if urls := COSSourceURLs(); len(urls) != 2 || !strings.HasSuffix(urls[1], "/436/7730") {
		t.Errorf("COSSourceURLs() = %q", urls)
	}
}
