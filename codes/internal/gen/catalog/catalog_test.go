package main

import (
	"bytes"
	"flag"
	"os"
	"reflect"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden catalog in codes/testdata/catalog")

// golden is shared with package codes, whose tests decode it: together
// the two tests check that the encoder and the loader agree on the format.
const golden = "../../../testdata/catalog/fixture.bin"

func mustOpen(t *testing.T, name string) *os.File {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// fixtureCatalog builds the catalog of testdata/pins.tsv from the module
// trees under testdata/mod, standing in for the module cache.
func fixtureCatalog(t *testing.T) *catalog {
	t.Helper()
	pins, err := readPins(mustOpen(t, "testdata/pins.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	mods := []module{
		{Dir: "testdata/mod/demo@v1.0.0", date: "2026-01-02"},
		{Dir: "testdata/mod/intl@v3.0.1+incompatible", date: "2023-03-06"},
	}
	c, err := buildCatalog(pins, mods)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestBuildCatalog(t *testing.T) {
	c := fixtureCatalog(t)
	var names []string
	for _, p := range c.products {
		names = append(names, p.name)
	}
	if want := []string{"demo", "empty", "other"}; !reflect.DeepEqual(names, want) {
		t.Fatalf("products = %q, want %q (common has no versions)", names, want)
	}
	demo := c.products[0]
	// Union of the product module and the intl-en module.
	wantCodes := []string{"FailedOperation", "InternalError.Timeout", "InvalidInstanceId.NotFound", "ResourceNotFound.Thing", "UnsupportedOperation.LegacyThing"}
	if !reflect.DeepEqual(demo.codes, wantCodes) {
		t.Errorf("demo codes = %q, want %q", demo.codes, wantCodes)
	}
	if want := []string{"FailedOperation", "InvalidInstanceId.NotFound", "UnsupportedOperation.LegacyThing"}; !reflect.DeepEqual(demo.actions["DescribeThings"], want) {
		t.Errorf("DescribeThings = %q, want %q", demo.actions["DescribeThings"], want)
	}
	if demo.sources[0].module != "github.com/example/sdk/tencentcloud/demo" || len(demo.sources) != 2 {
		t.Errorf("demo sources = %+v, want its own module first, then intl-en", demo.sources)
	}
	if want := "sdk v1.0.0 (2026-01-02) + sdk-intl v3.0.1+incompatible (2023-03-06)"; c.release != want {
		t.Errorf("release = %q, want %q", c.release, want)
	}
}

func TestBuildCatalogWrongProduct(t *testing.T) {
	pins := []pin{{product: "cvm", module: "m/tencentcloud/cvm", version: "v1"}}
	mods := []module{{Dir: "testdata/mod/demo@v1.0.0"}}
	if _, err := buildCatalog(pins, mods); err == nil || !strings.Contains(err.Error(), "m/tencentcloud/cvm@v1") {
		t.Errorf("err = %v, want one naming the pin", err)
	}
	pins[0] = pin{module: "m", version: "v1"}
	if _, err := buildCatalog(pins, mods); err == nil {
		t.Error("whole-SDK pin without tencentcloud/: no error")
	}
}

func TestRelease(t *testing.T) {
	pins := []pin{
		{"cvm", "github.com/t/sdk/tencentcloud/cvm", "v1.3.9"},
		{"vpc", "github.com/t/sdk/tencentcloud/vpc", "v1.3.10"},
		{"", "github.com/t/sdk-intl", "v3.0.646+incompatible"},
	}
	mods := []module{{date: "2026-08-01"}, {date: "2026-08-01"}, {date: ""}}
	want := "sdk product modules up to v1.3.10 (2026-08-01) + sdk-intl v3.0.646+incompatible"
	if got := release(pins, mods); got != want {
		t.Errorf("release = %q, want %q", got, want)
	}
}

func TestMatchDownloads(t *testing.T) {
	pins := []pin{{"cvm", "m/cvm", "v1"}, {"vpc", "m/vpc", "v2"}, {"cbs", "m/cbs", "v3"}}
	stream := `{"Path":"m/cvm","Version":"v1","Dir":"/cache/m/cvm@v1"}
{"Path":"m/vpc","Version":"v2","Error":"m/vpc@v2: reading https://proxy/m/vpc/@v/v2.zip: 403 Forbidden"}`
	mods, err := decodeDownloads(strings.NewReader(stream))
	if err != nil || len(mods) != 2 {
		t.Fatalf("decodeDownloads = %d, %v", len(mods), err)
	}
	_, err = matchDownloads(pins, mods, nil, "")
	if err == nil {
		t.Fatal("no error for failed pins")
	}
	for _, want := range []string{"2 pinned module(s)", "m/vpc@v2", "403 Forbidden", "m/cbs@v3: not reported"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
	if got, err := matchDownloads(pins[:1], mods, nil, ""); err != nil || got[0].Dir != "/cache/m/cvm@v1" {
		t.Errorf("matchDownloads(cvm) = %+v, %v", got, err)
	}
}

func TestEncodeGolden(t *testing.T) {
	b := encode(fixtureCatalog(t))
	if again := encode(fixtureCatalog(t)); !bytes.Equal(b, again) {
		t.Fatal("encode is not deterministic")
	}
	if *update {
		if err := os.WriteFile(golden, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, want) {
		t.Errorf("encode differs from %s; if the format changed on purpose, bump formatVersion in both encoder and loader and run go test -update", golden)
	}
}
