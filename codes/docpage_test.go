package codes

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// wantEntry is the part of a PageEntry a fixture test pins down.
type wantEntry struct {
	Code    string
	Section Section
	Line    int
	Columns []string
}

func parsePageFixture(t *testing.T, name string) *Page {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "pages", name))
	if err != nil {
		t.Fatal(err)
	}
	p, err := ParsePage(data)
	if err != nil {
		t.Fatalf("ParsePage(%s): %v", name, err)
	}
	return p
}

func pageEntries(p *Page) []wantEntry {
	var got []wantEntry
	for _, e := range p.Entries {
		got = append(got, wantEntry{e.Code, e.Section, e.Line, e.Columns})
	}
	return got
}

func TestParsePageFixtures(t *testing.T) {
	tests := []struct {
		file    string
		format  Format
		legacy  bool
		columns []string
		entries []wantEntry
	}{
		{"markdown.md", FormatMarkdown, false, []string{"错误码", "说明"}, []wantEntry{
			{"AuthFailure.SignatureFailure", SectionPublic, 10, []string{"The request signature did not verify."}},
			{"RequestLimitExceeded", SectionPublic, 11, []string{"Too many calls in a short time."}},
			{"InternalError", SectionPublic, 12, []string{"Something broke on the server side."}},
			{"FailedOperation.WidgetBusy", SectionBusiness, 18, []string{"The widget is handling another request."}},
			{"ResourceNotFound.Widget", SectionBusiness, 19, []string{"No widget with that ID exists."}},
			{"InternalError", SectionBusiness, 20, []string{"Something broke on the server side."}},
		}},
		{"text.txt", FormatText, false, []string{"错误码", "说明"}, []wantEntry{
			{"AuthFailure.TokenFailure", SectionPublic, 6, []string{"The temporary token is not valid."}},
			{"ServiceUnavailable", SectionPublic, 7, []string{"The service cannot answer right now."}},
			{"LimitExceeded.GadgetQuota", SectionBusiness, 11, []string{"You own as many gadgets as allowed."}},
			{"UnsupportedOperation.GadgetState", SectionBusiness, 12, []string{"The gadget is in the wrong state."}},
		}},
		{"legacy.html", FormatHTML, true, []string{"错误代码", "错误类型", "描述"}, []wantEntry{
			{"InvalidParameter.SignatureFailure", SectionPublic, 12, []string{"bad signature", "The signature did not match; see the signing guide."}},
			{"AuthFailure", SectionPublic, 17, []string{"not authorised", "The sub-account may not call this action."}},
			{"AuthFailure", SectionPublic, 22, []string{"not authorised", "The sub-account may not touch this resource."}},
			{"InternalError", SectionPublic, 27, []string{"server error", "The server failed; 请稍后重试 (try again later)."}},
		}},
		{"english.md", FormatMarkdown, false, []string{"Error Code", "Description"}, []wantEntry{
			{"MissingParameter", SectionPublic, 7, []string{"A required parameter is absent."}},
			{"UnsupportedRegion", SectionPublic, 8, []string{"The action is not offered in this region."}},
			{"ResourceInUse.Gizmo", SectionBusiness, 14, []string{"The gizmo is attached elsewhere."}},
			{"InvalidParameterValue.GizmoName", SectionBusiness, 15, []string{"The gizmo name has forbidden characters."}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			p := parsePageFixture(t, tt.file)
			if p.Format != tt.format || p.Legacy != tt.legacy {
				t.Errorf("Format, Legacy = %v, %v; want %v, %v", p.Format, p.Legacy, tt.format, tt.legacy)
			}
			if !reflect.DeepEqual(p.Columns, tt.columns) {
				t.Errorf("Columns = %q; want %q", p.Columns, tt.columns)
			}
			if got := pageEntries(p); !reflect.DeepEqual(got, tt.entries) {
				t.Errorf("Entries:\n got %+v\nwant %+v", got, tt.entries)
			}
			if len(p.Skipped) != 0 {
				t.Errorf("Skipped = %+v; want none", p.Skipped)
			}
		})
	}
}

func TestParsePageBrokenMarkdown(t *testing.T) {
	p := parsePageFixture(t, "broken.md")
	want := []wantEntry{
		{"InvalidAction", SectionPublic, 7, []string{"The action does not exist."}},
		{"UnknownParameter", SectionPublic, 13, []string{"A trailing empty cell is harmless."}},
		{"DryRunOperation", SectionPublic, 15, []string{"A stray blank line does not end the table."}},
		{"ResourceNotFound.Doohickey", SectionBusiness, 23, []string{"No such doohickey."}},
		{"ResourceNotFound.Thingamajig", SectionBusiness, 24, []string{"The last row was cut o"}},
	}
	if got := pageEntries(p); !reflect.DeepEqual(got, want) {
		t.Errorf("Entries:\n got %+v\nwant %+v", got, want)
	}
	wantSkipped := []SkippedRow{
		{8, "row has 3 cell(s), the table has 2 column(s)", "| InvalidAction | extra | cells |"},
		{9, "row has 1 cell(s), the table has 2 column(s)", "| ResourceUnavailable |"},
		{10, "empty row", "| | |"},
		{11, `code cell "not a code" is not an error code`, "| not a code | A prose line that drifted into the table. |"},
		{12, "empty code cell", "| | The code cell is empty. |"},
	}
	if !reflect.DeepEqual(p.Skipped, wantSkipped) {
		t.Errorf("Skipped:\n got %+v\nwant %+v", p.Skipped, wantSkipped)
	}
}

func TestParsePageBrokenHTML(t *testing.T) {
	p := parsePageFixture(t, "broken.html")
	want := []wantEntry{
		{"FailedOperation.Sprocket", SectionBusiness, 5, []string{"Sprockets & cogs are out of sync."}},
		{"InvalidParameter.Cog.Size", SectionBusiness, 6, []string{"The cog size is <= 0."}},
		{"ResourceNotFound.Sprocket", SectionBusiness, 9, []string{"No such sprocket."}},
	}
	if got := pageEntries(p); !reflect.DeepEqual(got, want) {
		t.Errorf("Entries:\n got %+v\nwant %+v", got, want)
	}
	wantSkipped := []SkippedRow{
		{7, "empty code cell", " | An empty code cell."},
		{8, "row has 1 cell(s), the table has 2 column(s)", "LimitExceeded.Cogs"},
	}
	if !reflect.DeepEqual(p.Skipped, wantSkipped) {
		t.Errorf("Skipped:\n got %+v\nwant %+v", p.Skipped, wantSkipped)
	}
	if p.Format != FormatHTML || p.Legacy || !reflect.DeepEqual(p.Columns, []string{"Error Code", "Description"}) {
		t.Errorf("Format, Legacy, Columns = %v, %v, %q", p.Format, p.Legacy, p.Columns)
	}
}

func TestParsePageNoTable(t *testing.T) {
	inputs := map[string]string{
		"empty":           "",
		"prose":           "# Errors\n\nThis page mentions 错误码 but lists none.\n",
		"parameter table": "| Parameter | Type |\n|---|---|\n| InstanceId | String |\n",
		"stray pipes":     "a | b\nc | d\n",
		"html, no codes":  "<table><tr><th>Name</th><th>Type</th></tr><tr><td>Zone</td><td>String</td></tr></table>",
	}
	for name, in := range inputs {
		p, err := ParsePage([]byte(in))
		if err == nil || p != nil {
			t.Errorf("%s: ParsePage = %v, %v; want an error", name, p, err)
			continue
		}
		if !strings.Contains(err.Error(), "no error-code table found") {
			t.Errorf("%s: error %q does not say what is missing", name, err)
		}
	}
	data, err := os.ReadFile(filepath.Join("testdata", "pages", "prose.md"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ParsePage(data); err == nil {
		t.Error("prose.md: want an error, a parameter table is not a code table")
	}
}

func TestParsePageHeaderlessTable(t *testing.T) {
	// A table whose header was lost still counts when it starts with a code.
	in := "### 业务错误码\n| ResourceInUse | busy |\n| ResourceInUse.Disk | disk busy |\n"
	p, err := ParsePage([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if got := p.CodesIn(SectionBusiness); !reflect.DeepEqual(got, []string{"ResourceInUse", "ResourceInUse.Disk"}) {
		t.Errorf("CodesIn(business) = %q", got)
	}
	if p.Columns != nil {
		t.Errorf("Columns = %q; want nil, there is no header", p.Columns)
	}
}

func TestPageCodes(t *testing.T) {
	p := parsePageFixture(t, "markdown.md")
	if got, want := p.Codes(), []string{"AuthFailure.SignatureFailure", "RequestLimitExceeded", "InternalError",
		"FailedOperation.WidgetBusy", "ResourceNotFound.Widget"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Codes() = %q; want %q", got, want)
	}
	if got, want := p.CodesIn(SectionBusiness), []string{"FailedOperation.WidgetBusy", "ResourceNotFound.Widget",
		"InternalError"}; !reflect.DeepEqual(got, want) {
		t.Errorf("CodesIn(business) = %q; want %q", got, want)
	}
	if got := p.CodesIn(SectionUnknown); got != nil {
		t.Errorf("CodesIn(unknown) = %q; want nil", got)
	}
}

func TestPageStrings(t *testing.T) {
	for v, want := range map[interface{ String() string }]string{
		FormatMarkdown: "markdown", FormatText: "text", FormatHTML: "html", Format(9): "Format(9)",
		SectionUnknown: "unknown", SectionPublic: "public", SectionBusiness: "business", Section(7): "Section(7)",
	} {
		if got := v.String(); got != want {
			t.Errorf("%#v.String() = %q; want %q", v, got, want)
		}
	}
}

// seedPagesDir holds the real Tencent Cloud pages the built-in tables are
// generated from. They are not part of the repository.
const seedPagesDir = "../../shared/seeds"

// TestSeedPages pins the counts of the real pages, counted independently of
// the parser, so a parser change that loses or invents rows shows up here.
func TestSeedPages(t *testing.T) {
	if _, err := os.Stat(seedPagesDir); err != nil {
		t.Skipf("the seed pages live outside the repository (%s): %v", seedPagesDir, err)
	}
	tests := []struct {
		file                string
		format              Format
		legacy              bool
		columns             []string
		entries, distinct   int
		public, business    int
		firstCode, lastCode string
	}{
		{"000_cadcd5a8c26cb1d6.txt", FormatMarkdown, false, []string{"错误码", "说明"}, 72, 72, 38, 34,
			"ActionOffline", "UnauthorizedOperation.PermissionDenied"},
		{"001_02482774ba9a4b29.txt", FormatText, false, []string{"错误码", "说明"}, 39, 39, 38, 1,
			"ActionOffline", "AuthFailure"},
		{"002_ad003b08c0ee5764.txt", FormatMarkdown, false, []string{"错误码", "说明"}, 48, 48, 26, 22,
			"AuthFailure.InvalidSecretId", "UnauthorizedOperation.CdnUserNoWhitelist"},
		{"003_53268b1961f8800d.txt", FormatMarkdown, false, []string{"错误码", "说明"}, 53, 51, 26, 27,
			"AuthFailure.InvalidSecretId", "ResourceUnavailable.InstanceStatusInvalid"},
		{"004_0599a2758bf16c7a.txt", FormatHTML, true, []string{"错误代码", "错误类型", "描述"}, 18, 16, 16, 0,
			"InvalidParameter", "InvalidRequest.RequestConcurrencyExceeded"},
	}
	for _, tt := range tests {
		t.Run(tt.file[:3], func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(seedPagesDir, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			p, err := ParsePage(data)
			if err != nil {
				t.Fatal(err)
			}
			if p.Format != tt.format || p.Legacy != tt.legacy || !reflect.DeepEqual(p.Columns, tt.columns) {
				t.Errorf("Format, Legacy, Columns = %v, %v, %q; want %v, %v, %q",
					p.Format, p.Legacy, p.Columns, tt.format, tt.legacy, tt.columns)
			}
			got := []int{len(p.Entries), len(p.Codes()), len(p.CodesIn(SectionPublic)),
				len(p.CodesIn(SectionBusiness)), len(p.CodesIn(SectionUnknown)), len(p.Skipped)}
			want := []int{tt.entries, tt.distinct, tt.public, tt.business, 0, 0}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("entries, distinct, public, business, unknown, skipped = %v; want %v", got, want)
			}
			if len(p.Entries) > 0 && (p.Entries[0].Code != tt.firstCode || p.Entries[len(p.Entries)-1].Code != tt.lastCode) {
				t.Errorf("first, last code = %s, %s; want %s, %s",
					p.Entries[0].Code, p.Entries[len(p.Entries)-1].Code, tt.firstCode, tt.lastCode)
			}
		})
	}
}
