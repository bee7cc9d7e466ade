package codes

import (
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/tcerrcheck/tcerrcheck/codes/internal/catalogfmt"
)

// The committed catalog's measured size: products of either SDK, codes
// declared at the newest releases, actions. They change only when the
// catalog is regenerated; update them together, consciously.
const (
	wantCatalogProducts = 302
	wantCatalogCodes    = 12707
	wantCatalogActions  = 16076
)

func TestCatalogCounts(t *testing.T) {
	products, codes := CatalogProducts(), CatalogAllCodes()
	actions := 0
	for _, p := range products {
		actions += len(CatalogActions(p))
	}
	if len(products) != wantCatalogProducts || len(codes) != wantCatalogCodes || actions != wantCatalogActions {
		t.Errorf("catalog has %d products, %d codes, %d actions; want %d, %d, %d",
			len(products), len(codes), actions, wantCatalogProducts, wantCatalogCodes, wantCatalogActions)
	}
	if !slices.IsSorted(products) || !slices.IsSorted(codes) {
		t.Error("products or codes not sorted")
	}
	if r := CatalogRelease(); !strings.Contains(r, "tencentcloud-sdk-go") || !strings.Contains(r, "intl-en") {
		t.Errorf("release %q does not name both SDKs", r)
	}
}

func TestCatalogDeclarers(t *testing.T) {
	for code, want := range map[string][]string{
		"InvalidInstanceId.NotFound":                   {"cbs", "cvm", "vpc"},
		"EniNotAllowedChangeSubnet":                    {"cvm"}, // a cvm-only root
		"FailedOperation.ClusterState":                 {"tke"}, // tke only
		"InternalError.Timeout":                        {"bri", "cfs", "iotexplorer", "smpn", "sms", "tics", "weilingwith"},
		"InvalidSecurityGroupID.NotFound":              {"vpc"}, // a case pair across products …
		"InvalidSecurityGroupId.NotFound":              {"cvm"}, // … never mixed up
		"RequestLimitExceeded.RequestLimitExceeded":    {"dnspod"},
		"InternalError.SYS_ERR":                        {"tcb"},     // underscores
		"UnsupportedOperation.":                        {"sms"},     // an empty last segment
		"UnsupportedOperation.NOT_SUPPORT_THIS_ACTION": {"billing"}, // underscores
		"InternalError.TimeOut":                        {"soe"},     // the case variant, never mixed up
		"InvalidParameterValue.EniIdMalformed":         nil,         // cvm declared it in 2025, then dropped it
		"NoSuchCode":                                   nil,
	} {
		if got := CatalogDeclarers(code); !reflect.DeepEqual(got, want) {
			t.Errorf("CatalogDeclarers(%q) = %q, want %q", code, got, want)
		}
	}
}

func TestCatalogProducts(t *testing.T) {
	cvm := CatalogProductCodes("cvm")
	if !cvm.Has("InvalidInstanceId.NotFound") || cvm.Has("InvalidSecurityGroupID.NotFound") {
		t.Error("cvm codes: wrong membership")
	}
	if n := len(CatalogProductCodes("vpc")); n < 500 {
		t.Errorf("vpc has %d codes, want the largest product's 500+", n)
	}
	// dataintegration (intl-en only) has an empty errors.go but one action.
	if s := CatalogProductCodes("dataintegration"); s == nil || len(s) != 0 {
		t.Errorf("dataintegration codes = %v, want an empty, non-nil set", s)
	}
	if got := CatalogActionCodes("dataintegration", "SendMessage"); got == nil || len(got) != 0 {
		t.Errorf("dataintegration SendMessage = %q, want known and empty", got)
	}
	if got, want := CatalogProductVersions("tke"), []string{"v20180525", "v20220501"}; !reflect.DeepEqual(got, want) {
		t.Errorf("tke versions = %q, want %q", got, want)
	}
	// cvm's module was last tagged at v1.3.162; later releases changed
	// only its go.mod.
	if m, v := CatalogModule("cvm"); m != "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm" || v != "v1.3.162" {
		t.Errorf("CatalogModule(cvm) = %s %s", m, v)
	}
	if ms := CatalogModules("cvm"); len(ms) != 2 || ms[1] != (Module{SDKIntlEn, "github.com/tencentcloud/tencentcloud-sdk-go-intl-en", "v3.0.1474+incompatible", "2026-08-21"}) || ms[0].Date != "2026-08-18" {
		t.Errorf("CatalogModules(cvm) = %+v, want its own module, dated, then intl-en", ms)
	}
	// ip is in the intl-en SDK only.
	if m, v := CatalogModule("ip"); m != "github.com/tencentcloud/tencentcloud-sdk-go-intl-en" || v != "v3.0.1474+incompatible" {
		t.Errorf("CatalogModule(ip) = %s %s, want the intl-en module", m, v)
	}
}

func TestCatalogActions(t *testing.T) {
	if got := CatalogActionCodes("cvm", "DescribeInstances"); !slices.Contains(got, "InvalidInstanceId.Malformed") || !slices.IsSorted(got) {
		t.Errorf("cvm DescribeInstances = %q", got)
	}
	if got := CatalogActionCodes("dnspod", "CreateRecord"); !slices.Contains(got, "RequestLimitExceeded.RequestLimitExceeded") {
		t.Errorf("dnspod CreateRecord = %q", got)
	}
	if a := CatalogActions("cvm"); !slices.Contains(a, "RunInstances") || slices.Contains(a, "RunInstancesWithContext") || !slices.IsSorted(a) {
		t.Errorf("cvm actions: %d, want RunInstances and no WithContext twin, sorted", len(a))
	}
}

func TestCatalogUnknown(t *testing.T) {
	if CatalogProductCodes("nope") != nil || CatalogProductVersions("nope") != nil || CatalogActions("nope") != nil ||
		CatalogActionCodes("nope", "X") != nil || CatalogActionCodes("cvm", "NoSuchAction") != nil || CatalogModules("nope") != nil {
		t.Error("unknown product or action: want nil")
	}
	if m, v := CatalogModule("nope"); m != "" || v != "" {
		t.Errorf("CatalogModule(nope) = %q %q", m, v)
	}
}

// TestCatalogConsistent walks the whole catalog, decoding every action
// block, so a corrupt catalog.bin fails here rather than panicking in use.
func TestCatalogConsistent(t *testing.T) {
	declared := 0
	for _, p := range CatalogProducts() {
		set := CatalogProductCodes(p)
		for code := range set {
			if !IsCodeShaped(code) {
				t.Errorf("%s: %q is not code-shaped", p, code)
			}
			if !slices.Contains(CatalogDeclarers(code), p) {
				t.Errorf("%s declares %q but is not among its declarers", p, code)
			}
		}
		declared += len(set)
		for _, a := range CatalogActions(p) {
			for _, code := range CatalogActionCodes(p, a) {
				if !set.Has(code) {
					t.Errorf("%s.%s documents %q, which %s does not declare", p, a, code, p)
				}
			}
		}
		if len(CatalogProductVersions(p)) == 0 || len(CatalogModules(p)) == 0 {
			t.Errorf("%s: no versions or modules", p)
		}
	}
	pairs := 0
	for _, code := range CatalogAllCodes() {
		pairs += len(CatalogDeclarers(code))
		if !CatalogHasCode(code) {
			t.Errorf("CatalogHasCode(%q) = false for a catalogued code", code)
		}
	}
	if !CatalogHasPrefix("InvalidInstanceId.") || CatalogHasPrefix("InvalidInstanceId.NotFonud") {
		t.Error("CatalogHasPrefix: wrong answer for InvalidInstanceId.")
	}
	if !CatalogAnyCode(func(c string) bool { return strings.HasSuffix(c, ".NotFound") }) || CatalogAnyCode(func(c string) bool { return c == "" }) {
		t.Error("CatalogAnyCode: wrong answer")
	}
	for _, code := range []string{"", "InvalidInstanceId.NotFonud", "invalidinstanceid.notfound", "\xff"} {
		if CatalogHasCode(code) || CatalogDeclarers(code) != nil {
			t.Errorf("%q: CatalogHasCode or CatalogDeclarers says it is catalogued", code)
		}
	}
	if pairs != declared {
		t.Errorf("declarer lists hold %d product-code pairs, products %d", pairs, declared)
	}
}

// TestCatalogFixture decodes the golden file the generator's tests encode
// from their fixture repositories: the encoder and the loader agree on the
// format.
func TestCatalogFixture(t *testing.T) {
	c := fixture(t)
	if want := []string{"demo", "empty", "gone", "other"}; !reflect.DeepEqual(c.products, want) {
		t.Fatalf("products = %q, want %q", c.products, want)
	}
	if want := "sdk v1.0.2 (2026-03-04) + sdk-intl-en v3.0.1 (2023-03-06)"; c.release != want {
		t.Errorf("release = %q, want %q", c.release, want)
	}
	// Codes declared at some newest release; ResourceNotFound.OldThing,
	// dropped by sdk v1.0.1, is in the table but not among them.
	wantCodes := []string{"FailedOperation", "FailedOperation.Gone", "InternalError.SYS_ERR", "InternalError.TimeOut", "InternalError.Timeout",
		"InvalidInstanceId.NotFound", "MissingParameter.", "ResourceNotFound.NewThing", "ResourceNotFound.Thing", "UnsupportedOperation.LegacyThing"}
	if got := c.allCodes(); !reflect.DeepEqual(got, wantCodes) {
		t.Errorf("codes = %q, want %q", got, wantCodes)
	}
	if c.codes.Index("ResourceNotFound.OldThing") < 0 || c.declarersOf("ResourceNotFound.OldThing") != nil {
		t.Error("ResourceNotFound.OldThing: want it in the table, without declarers")
	}
	if got := c.declarersOf("InternalError.TimeOut"); !reflect.DeepEqual(got, []string{"other"}) {
		t.Errorf("declarers of InternalError.TimeOut = %q", got)
	}
	demo := c.product("demo")
	if len(demo.modules) != 2 || demo.modules[0] != (Module{"sdk", "github.com/example/sdk/tencentcloud/demo", "v1.0.1", "2026-02-03"}) {
		t.Errorf("demo modules = %+v", demo.modules)
	}
	if want := []string{"v20200101", "v20210101"}; !reflect.DeepEqual(demo.versions, want) {
		t.Errorf("demo versions = %q", demo.versions)
	}
	acts := c.loadActions(demo)
	if want := []string{"CreateThing", "DescribeThings", "PingThings"}; !reflect.DeepEqual(acts.names, want) {
		t.Errorf("demo actions = %q, want %q", acts.names, want)
	}
	if want := []string{"FailedOperation", "InvalidInstanceId.NotFound", "UnsupportedOperation.LegacyThing"}; !reflect.DeepEqual(acts.codes["DescribeThings"], want) {
		t.Errorf("DescribeThings = %q, want %q", acts.codes["DescribeThings"], want)
	}
	if got := acts.codes["PingThings"]; got == nil || len(got) != 0 {
		t.Errorf("PingThings = %#v, want empty and non-nil", got)
	}
	if other := c.loadActions(c.product("other")); !reflect.DeepEqual(other.codes["RunJob"], []string{"InternalError.SYS_ERR", "MissingParameter."}) {
		t.Errorf("RunJob = %q", other.codes["RunJob"])
	}
	ranges, ok := c.rangesOf(demo, "ResourceNotFound.OldThing")
	if !ok || ranges[0] != (releaseRange{0, 0}) || ranges[1] != (releaseRange{-1, -1}) {
		t.Errorf("OldThing ranges = %v, %v; want sdk v1.0.0 only", ranges, ok)
	}
	if r := c.sdks[0].releaseAt(2); r != (Release{"sdk", "v1.0.2", "2026-03-04"}) {
		t.Errorf("sdk release 2 = %+v", r)
	}
}

// fixture decodes the generator's golden catalog.
func fixture(t *testing.T) *catalog {
	t.Helper()
	data, err := os.ReadFile("testdata/catalog/fixture.bin")
	if err != nil {
		t.Fatal(err)
	}
	c, err := decodeCatalog(string(data))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestDecodeCatalogCorrupt feeds the decoder every truncation and every
// single-byte corruption of the fixture: it may reject or accept, but it
// must never panic or index out of range.
func TestDecodeCatalogCorrupt(t *testing.T) {
	data, err := os.ReadFile("testdata/catalog/fixture.bin")
	if err != nil {
		t.Fatal(err)
	}
	for n := range len(data) {
		if _, err := decodeCatalog(string(data[:n])); err == nil {
			t.Errorf("truncated to %d bytes: no error", n)
		}
	}
	for _, bad := range []string{"", "TCEC", "TCEC\x02", "TCEC\x03", "XXXX\x03", string(data) + "\x00"} {
		if _, err := decodeCatalog(bad); err == nil {
			t.Errorf("decodeCatalog(%q…): no error", bad[:min(len(bad), 8)])
		}
	}
	for i := range data {
		for _, b := range []byte{0x00, 0x01, 0x7f, 0xff} {
			mut := []byte(string(data))
			mut[i] = b
			c, err := decodeCatalog(string(mut))
			if err != nil {
				continue
			}
			for _, rec := range c.records {
				if p := (&catalogProduct{record: rec}); c.decodeRecord(p) == nil {
					decodeActions(p.actionBlock, catalogfmt.Pick(c.codes.All(), p.codeIdx)) // must not panic
					decodeHistory(p.historyBlock, c.codes.Len(), c.sdks)
				}
			}
		}
	}
}
