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

func fixtureCatalog(t *testing.T) *catalog {
	t.Helper()
	c, err := buildCatalog(fixtureRepos(t))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func productNamed(t *testing.T, c *catalog, name string) *product {
	t.Helper()
	for _, p := range c.products {
		if p.name == name {
			return p
		}
	}
	t.Fatalf("no product %q", name)
	return nil
}

func TestBuildCatalog(t *testing.T) {
	c := fixtureCatalog(t)
	var names []string
	for _, p := range c.products {
		names = append(names, p.name)
	}
	if want := []string{"demo", "empty", "gone", "other"}; !reflect.DeepEqual(names, want) {
		t.Fatalf("products = %q, want %q (common has no API versions)", names, want)
	}
	if want := "sdk v1.0.2 (2026-03-04) + sdk-intl-en v3.0.1 (2023-03-06)"; c.release != want {
		t.Errorf("release = %q, want %q", c.release, want)
	}
	var tags []string
	for _, r := range c.flavors[0].releases {
		tags = append(tags, r.tag+" "+r.date)
	}
	if want := []string{"v1.0.0 2026-01-02", "v1.0.1 2026-02-03", "v1.0.2 2026-03-04"}; !reflect.DeepEqual(tags, want) {
		t.Errorf("releases = %q, want %q (product tags left out)", tags, want)
	}
	if n := len(c.flavors[1].releases); n != 1 {
		t.Errorf("intl-en releases = %d, want 1: the tag 3.0.1 without v is not a release", n)
	}

	demo := productNamed(t, c, "demo")
	// The newest release of each SDK: codes of both API versions, and a
	// code only the intl-en SDK's client.go lists.
	wantCodes := []string{"FailedOperation", "InternalError.Timeout", "InvalidInstanceId.NotFound",
		"ResourceNotFound.NewThing", "ResourceNotFound.Thing", "UnsupportedOperation.LegacyThing"}
	if !reflect.DeepEqual(demo.codes, wantCodes) {
		t.Errorf("demo codes = %q, want %q", demo.codes, wantCodes)
	}
	if got := demo.removed(); !reflect.DeepEqual(got, []string{"ResourceNotFound.OldThing"}) {
		t.Errorf("demo removed = %q, want ResourceNotFound.OldThing", got)
	}
	if want := []string{"FailedOperation", "InvalidInstanceId.NotFound", "UnsupportedOperation.LegacyThing"}; !reflect.DeepEqual(demo.actions["DescribeThings"], want) {
		t.Errorf("DescribeThings = %q, want %q", demo.actions["DescribeThings"], want)
	}
	// The product's module moves only with its own tags, not with a
	// release that changed its go.mod alone.
	wantSources := []source{
		{0, "github.com/example/sdk/tencentcloud/demo", "v1.0.1", "2026-02-03"},
		{1, "github.com/example/sdk-intl-en", "v3.0.1+incompatible", "2023-03-06"},
	}
	if !reflect.DeepEqual(demo.sources, wantSources) {
		t.Errorf("demo sources = %+v, want %+v", demo.sources, wantSources)
	}
	historyOf := func(p *product, code string) [2]codeRange {
		for k, c := range p.ever {
			if c == code {
				return [2]codeRange{p.history[0][k], p.history[1][k]}
			}
		}
		t.Fatalf("%s never declared %q", p.name, code)
		return [2]codeRange{}
	}
	for code, want := range map[string][2]codeRange{
		"ResourceNotFound.OldThing": {{0, 0}, never},
		"ResourceNotFound.NewThing": {{1, 2}, never},
		"FailedOperation":           {{0, 2}, {0, 0}},
		// Listed in client.go only: declared at the newest release.
		"UnsupportedOperation.LegacyThing": {never, {0, 0}},
	} {
		if got := historyOf(demo, code); got != want {
			t.Errorf("demo %s: history %v, want %v", code, got, want)
		}
	}
	// A product the SDK dropped keeps the codes of its last release.
	gone := productNamed(t, c, "gone")
	if !reflect.DeepEqual(gone.codes, []string{"FailedOperation.Gone"}) || len(gone.removed()) != 0 {
		t.Errorf("gone codes = %q, removed %q; want its last release's codes, none removed", gone.codes, gone.removed())
	}
	if gone.sources[0].version != "v1.0.0" {
		t.Errorf("gone source = %+v, want its module at v1.0.0", gone.sources[0])
	}
}

func TestParseErrorsAndClientFiles(t *testing.T) {
	c := fixtureCatalog(t)
	other := productNamed(t, c, "other")
	// Values, not reversed names: INTERNALERROR_SYS_ERR would reverse to
	// InternalError.SYS.ERR, MISSINGPARAMETER_ to MissingParameter.
	if want := []string{"InternalError.SYS_ERR", "InternalError.TimeOut", "MissingParameter."}; !reflect.DeepEqual(other.codes, want) {
		t.Errorf("other codes = %q, want %q", other.codes, want)
	}
	demo := productNamed(t, c, "demo")
	wantActions := map[string][]string{
		// The WithContext twin lists InternalError.Timeout too; it is skipped.
		"DescribeThings": {"FailedOperation", "InvalidInstanceId.NotFound", "UnsupportedOperation.LegacyThing"},
		"PingThings":     {},
		// The list ends at the first line that is not a code.
		"CreateThing": {"FailedOperation", "ResourceNotFound.Thing"},
	}
	if !reflect.DeepEqual(demo.actions, wantActions) {
		t.Errorf("demo actions = %q, want %q", demo.actions, wantActions)
	}
	empty := productNamed(t, c, "empty")
	if len(empty.codes) != 0 || len(empty.actions) != 0 || len(empty.versions) != 1 {
		t.Errorf("empty product = %+v, want one version, no codes, no actions", empty)
	}
}

func TestBuildCatalogErrors(t *testing.T) {
	repos := fixtureRepos(t)
	for _, tc := range []struct {
		edit func(*sdkRepo)
		want string
	}{
		{func(r *sdkRepo) { r.release = "v9.9.9" }, "no tag v9.9.9"},
		{func(r *sdkRepo) { r.release = "latest" }, "not vMAJOR.MINOR.PATCH"},
		{func(r *sdkRepo) { r.dir = t.TempDir() }, "git"},
	} {
		rs := append([]sdkRepo(nil), repos...)
		tc.edit(&rs[0])
		if _, err := buildCatalog(rs); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("err = %v, want one containing %q", err, tc.want)
		}
	}
}

func TestParseTreeCorrupt(t *testing.T) {
	for _, bad := range []string{"40000 name", "100644 x\x00short", "nospace\x00" + strings.Repeat("a", 20)} {
		if _, err := parseTree([]byte(bad), 20); err == nil {
			t.Errorf("parseTree(%q): no error", bad)
		}
	}
}

func TestEncodeGolden(t *testing.T) {
	c := fixtureCatalog(t)
	b := encode(c)
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
