package codes

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// Codes that later SDK releases declare are valid whatever SDK the caller
// pins: tem and tdmq were among the products the catalog lacked before it
// was read from the SDK's repository.
func TestCatalogNewerReleasesCount(t *testing.T) {
	for product, code := range map[string]string{
		"tem":  "ResourceNotFound.ConfigDataNotFound",
		"tdmq": "ResourceNotFound.Instance",
		"ioa":  "FailedOperation.QueryData",
	} {
		if !CatalogProductCodes(product).Has(code) {
			t.Errorf("%s: %q not declared at the newest release", product, code)
		}
	}
}

func TestCatalogCodeHistory(t *testing.T) {
	got := CatalogCodeHistory("cvm", "InvalidParameterValue.EniIdMalformed")
	want := []CodeHistory{{
		First: Release{SDKChinese, "v1.0.1158", "2025-05-01"},
		Last:  Release{SDKChinese, "v1.0.1170", "2025-05-21"},
	}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("history = %+v, want %+v", got, want)
	}
	h := CatalogCodeHistory("cvm", "InvalidInstanceId.NotFound")
	if len(h) != 2 || !h[0].Current || !h[1].Current || h[1].Last.SDK != SDKIntlEn {
		t.Errorf("InvalidInstanceId.NotFound history = %+v, want current in both SDKs", h)
	}
	if h := CatalogCodeHistory("cvm", "InvalidSecurityGroupID.NotFound"); h != nil {
		t.Errorf("a code cvm never declared: history %+v", h)
	}
	if got, want := Release(want[0].Last).String(), "tencentcloud-sdk-go v1.0.1170 (2025-05-21)"; got != want {
		t.Errorf("String = %q, want %q", got, want)
	}
}

func TestCatalogRemovedCodes(t *testing.T) {
	want := []string{"InvalidParameterValue.EniIdMalformed", "UnsupportedOperation.UnsupportedChangeInstanceFamilyToSA3"}
	if got := CatalogRemovedCodes("cvm"); !reflect.DeepEqual(got, want) {
		t.Errorf("cvm removed = %q, want %q", got, want)
	}
	if CatalogRemovedCodes("nope") != nil {
		t.Error("unknown product: want nil")
	}
	for _, p := range CatalogProducts() {
		for _, c := range CatalogRemovedCodes(p) {
			if CatalogProductCodes(p).Has(c) || !CatalogHasCode(c) {
				t.Errorf("%s: removed %q is current, or not in the table", p, c)
			}
		}
	}
}

func TestCatalogRemoved(t *testing.T) {
	const dropped = "InvalidParameterValue.EniIdMalformed"                            // cvm v1.0.1158 to v1.0.1170
	old := NewSet("InvalidInstanceId.NotFound")                                       // first declared v1.0.181: an SDK of any age
	newer := NewSet("InvalidInstanceId.NotFound", "InvalidParameter.CdzNotSupported") // v1.3.30 on
	for _, tc := range []struct {
		product, code, sdk string
		inView             Set
		removed            bool
	}{
		{"cvm", dropped, SDKChinese, nil, true},              // no SDK in view: the newest release decides
		{"cvm", dropped, SDKChinese, newer, true},            // an SDK newer than the code's last release
		{"cvm", dropped, SDKChinese, old, false},             // maybe older than the code: unjudged
		{"cvm", dropped, SDKChinese, NewSet(dropped), false}, // the caller's SDK declares it
		{"cvm", dropped, SDKIntlEn, old, true},               // only the other SDK ever declared it
		{"cvm", "InvalidInstanceId.NotFound", SDKChinese, nil, false},
		{"cvm", "InvalidSecurityGroupID.NotFound", SDKChinese, nil, false}, // never cvm's
		{"nope", dropped, SDKChinese, nil, false},
	} {
		last, removed := CatalogRemoved(tc.product, tc.code, tc.sdk, tc.inView)
		if removed != tc.removed {
			t.Errorf("CatalogRemoved(%s, %s, %s, %v) = %v, want %v", tc.product, tc.code, tc.sdk, tc.inView, removed, tc.removed)
		}
		if removed && last != (Release{SDKChinese, "v1.0.1170", "2025-05-21"}) {
			t.Errorf("CatalogRemoved(%s, %s): last = %+v", tc.product, tc.code, last)
		}
	}
}

func TestSDKOf(t *testing.T) {
	for path, want := range map[string]string{
		"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312":         SDKChinese,
		"github.com/tencentcloud/tencentcloud-sdk-go-intl-en/tencentcloud/cvm/v20170312": SDKIntlEn,
		"example.com/fork/tencentcloud/cvm/v20170312":                                    SDKChinese,
	} {
		if got := SDKOf(path); got != want {
			t.Errorf("SDKOf(%s) = %s, want %s", path, got, want)
		}
	}
}

// TestSeedPagesInCatalog checks the business codes of the product pages
// among the seed pages (kept outside the repository; skipped without
// them) against the catalog: the cdn and sqlserver pages are wholly
// declared; 11 codes of the ioa page no release of ioa ever declared
// (the page lists codes the SDK does not, "NoResourcePermissionsd" among
// them).
func TestSeedPagesInCatalog(t *testing.T) {
	if _, err := os.Stat(seedPagesDir); err != nil {
		t.Skipf("the seed pages live outside the repository (%s): %v", seedPagesDir, err)
	}
	for _, tc := range []struct {
		file, product   string
		business, found int
	}{
		{"000_cadcd5a8c26cb1d6.txt", "ioa", 34, 23},
		{"002_ad003b08c0ee5764.txt", "cdn", 22, 22},
		{"003_53268b1961f8800d.txt", "sqlserver", 27, 27},
	} {
		data, err := os.ReadFile(filepath.Join(seedPagesDir, tc.file))
		if err != nil {
			t.Fatal(err)
		}
		p, err := ParsePage(data)
		if err != nil {
			t.Fatal(err)
		}
		business, found := p.CodesIn(SectionBusiness), 0
		for _, code := range business {
			if CatalogProductCodes(tc.product).Has(code) {
				found++
			} else if CatalogCodeHistory(tc.product, code) != nil {
				t.Errorf("%s: %q declared once, not now", tc.product, code)
			}
		}
		if len(business) != tc.business || found != tc.found {
			t.Errorf("%s: %d of %d business codes found, want %d of %d", tc.product, found, len(business), tc.found, tc.business)
		}
	}
}
