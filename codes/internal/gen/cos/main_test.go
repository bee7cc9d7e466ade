package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/tcerrcheck/tcerrcheck/codes/internal/gentest"
)

// committedFile is the generated table, relative to this directory.
const committedFile = "../../../cos_gen.go"

// The facts file lives in the repository, so the committed table can always
// be checked against it.
func TestGenerateMatchesCommitted(t *testing.T) {
	got, err := generate(errorCodesMD)
	if err != nil {
		t.Fatal(err)
	}
	gentest.MatchesCommitted(t, got, committedFile, "codes/cos_gen.go")
}

const meta = "source: a page\nurl: https://example.com/zh\nintl-url: https://example.com/en\nread: 2026-12-07\n"

// Small files in our own words, in the page's shapes.
func TestGenerateSmall(t *testing.T) {
	for name, page := range map[string]string{
		"markdown, status first": meta + "## 4XX\n\n| HTTP Status Code | Error Code | Read on |\n|---|---|---|\n" +
			"| 404 Not Found | NoSuchKey | page-2026 |\n| 403 Forbidden | Odd | page-2021 |\n| 409 Conflict | Odd | page-2021 |\n" +
			"## 5XX\n\n| HTTP Status Code | Error Code | Read on |\n|---|---|---|\n| 503 Service Unavailable | SlowDown | page-2026 |\n",
		// The Chinese page's headings and an HTML table, code first.
		"html, code first": meta + "<table><tr><th>错误码</th><th>描述</th><th>HTTP 状态码</th><th>Read on</th></tr>\n" +
			"<tr><td>NoSuchKey</td><td>no such key here</td><td>404 Not Found</td><td>page-2026</td></tr>\n" +
			"<tr><td>Odd</td><td>a clash</td><td>409 Conflict</td><td>page-2021</td></tr>\n" +
			"<tr><td>Odd</td><td>a clash</td><td>403 Forbidden</td><td>page-2021</td></tr>\n" +
			"<tr><td>SlowDown</td><td>slow down</td><td>503</td><td>page-2026</td></tr>\n</table>\n",
	} {
		f, err := readFacts([]byte(page))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var got []string
		for _, c := range f.codes {
			got = append(got, fmt.Sprintf("%s %v %s", c.name, c.statuses, strings.Join(c.readOn, ",")))
		}
		want := "NoSuchKey [404] page-2026|Odd [403 409] page-2021|SlowDown [503] page-2026"
		if strings.Join(got, "|") != want {
			t.Errorf("%s: got %q, want %q", name, strings.Join(got, "|"), want)
		}
		if f.rows != 4 {
			t.Errorf("%s: %d rows, want 4", name, f.rows)
		}
		src, err := render(f)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		flat := strings.Join(strings.Fields(string(src)), " ")
		for _, w := range []string{`{Code: "Odd", Statuses: []int{403, 409}}, // page-2021`, `cosPageRead = "2026-12-07"`} {
			if !strings.Contains(flat, w) {
				t.Errorf("%s: output lacks %q:\n%s", name, w, src)
			}
		}
	}
}

// Whatever would lose or invent a code is an error, not a shorter table.
func TestGenerateErrors(t *testing.T) {
	table := "| HTTP Status Code | Error Code | Read on |\n|---|---|---|\n"
	for _, tc := range []struct {
		name, page, want string
	}{
		{"no meta", table + "| 404 Not Found | NoSuchKey | page-2026 |\n", `no "read:" line`},
		{"no table", meta + "nothing here\n", "no error-code table"},
		{"empty table", meta + table, "no codes"},
		{"not a code", meta + table + "| 403 Forbidden | Request has expired | page-2021 |\n", "unusable row"},
		{"no status", meta + table + "| Not Found | NoSuchKey | page-2026 |\n", "no HTTP status cell"},
		{"2XX status", meta + table + "| 200 OK | NoSuchKey | page-2026 |\n", "no HTTP status cell"},
		{"no source", meta + table + "| 404 Not Found | NoSuchKey | somewhere |\n", "no Read on cell"},
		{"twice", meta + table + "| 404 Not Found | NoSuchKey | page-2026 |\n| 404 Not Found | NoSuchKey | page-2021 |\n", "listed twice under 404"},
		{"short row", meta + table + "| 404 Not Found | NoSuchKey |\n", "unusable row"},
	} {
		_, err := readFacts([]byte(tc.page))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want %q", tc.name, err, tc.want)
		}
	}
}
