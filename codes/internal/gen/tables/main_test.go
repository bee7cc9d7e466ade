package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tcerrcheck/tcerrcheck/codes/internal/gentest"
)

// The real seed pages and the committed output, relative to this directory.
const (
	realSeeds     = "../../../../../shared/seeds"
	committedFile = "../../../tables_gen.go"
)

func TestGenerateMatchesCommitted(t *testing.T) {
	if _, err := os.Stat(realSeeds); err != nil {
		t.Skipf("the seed pages live outside the repository (%s): %v", realSeeds, err)
	}
	got, err := generate(realSeeds)
	if err != nil {
		t.Fatal(err)
	}
	gentest.MatchesCommitted(t, got, committedFile, "codes/tables_gen.go")
}

// Small pages in our own words: a 3.0 page and a 2.0 page.
const (
	page30 = "## 公共错误码\n| 错误码 | 说明 |\n|---|---|\n| InternalError | broken |\n| RequestLimitExceeded | slow down |\n" +
		"## 业务错误码\n| 错误码 | 说明 |\n|---|---|\n| AuthFailure | denied |\n"
	page20 = "## 公共错误码\n<table><tr><th>错误代码</th><th>错误类型</th><th>描述</th></tr>\n" +
		"<tr><td>InternalError</td><td>t</td><td>请稍后重试</td></tr>\n" +
		"<tr><td>AuthFailure</td><td>t</td><td>denied</td></tr>\n" +
		"<tr><td>InvalidRequest.LimitExceeded</td><td>t</td><td>too many, try again later</td></tr>\n</table>\n"
	annotationsOK = "public\tInternalError\t\tserver side failure here\t\n" +
		"public\tRequestLimitExceeded\t\trequest rate limit exceeded\t\n" +
		"legacy\tInvalidRequest.LimitExceeded\tRequestLimitExceeded\told rate limit code\t\n" +
		"client\tClientError.NetworkError\t\tnetwork failed before answer\t\n"
)

func writeSeeds(t *testing.T, pages map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range pages {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestGenerateSmall(t *testing.T) {
	dir := writeSeeds(t, map[string]string{"a.md": page30, "b.html": page20})
	src, err := generateWith(dir, []byte(annotationsOK))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		// InternalError is on both pages: public, not legacy, and the 2.0
		// page's advice to retry later still applies to it.
		`{Code: "InternalError", Description: "server side failure here", RetryLater: true}`,
		`{Code: "InvalidRequest.LimitExceeded", Description: "old rate limit code", Equivalent: "RequestLimitExceeded", RetryLater: true}`,
		`{Code: "ClientError.NetworkError", Description: "network failed before answer"}`,
		"//\tb.html\tAPI 2.0, html: 3 codes",
	} {
		if !strings.Contains(string(src), want) {
			t.Errorf("output lacks %s:\n%s", want, src)
		}
	}
	if strings.Contains(string(src), `Code: "AuthFailure"`) {
		t.Errorf("AuthFailure is a 3.0 business code, in no table:\n%s", src)
	}
}

func TestGenerateFails(t *testing.T) {
	good := map[string]string{"a.md": page30, "b.html": page20}
	tests := []struct {
		name        string
		pages       map[string]string
		annotations string
		want        string
	}{
		{"missing annotation", good, strings.Replace(annotationsOK, "public\tRequestLimitExceeded\t\trequest rate limit exceeded\t\n", "", 1),
			"public code RequestLimitExceeded (on a.md) has no annotation"},
		{"stale annotation", good, annotationsOK + "public\tServiceUnavailable\t\tservice is down now\t\n",
			"annotations.tsv:5: ServiceUnavailable: no seed page lists this code any more"},
		{"wrong kind", good, strings.Replace(annotationsOK, "public\tInternalError", "legacy\tInternalError", 1),
			"InternalError: annotated as legacy, but the seed pages make it a public code"},
		{"business code", good, annotationsOK + "public\tAuthFailure\t\tcaller is not allowed\t\n",
			"AuthFailure: annotated as public, but on a.md it is neither"},
		{"client code", good, annotationsOK + "client\tClientError\t\tgeneric client side error\t\n", ""},
		{"client code on a page", map[string]string{"a.md": page30 + "| ClientError | x |\n", "b.html": page20},
			annotationsOK + "client\tClientError\t\tgeneric client side error\t\n",
			"ClientError: annotated as a client code but listed on a.md"},
		{"unknown equivalent", good, strings.Replace(annotationsOK, "\tRequestLimitExceeded\told", "\tRequestLimitExceeded.Typo\told", 1),
			"equivalent RequestLimitExceeded.Typo is not an API 3.0 code"},
		{"columns", good, annotationsOK + "public\tX\tonly three\n", "annotations.tsv:5: want 5 tab-separated columns"},
		{"short description", good, strings.Replace(annotationsOK, "old rate limit code", "old code", 1),
			"description has 2 words"},
		{"copied description", good, strings.Replace(annotationsOK, "old rate limit code", "请求的次数 超过了 配额限制", 1),
			"is not plain English text"},
		{"duplicate", good, annotationsOK + "public\tInternalError\t\tserver side failure here\t\n",
			"annotations.tsv:5: InternalError: already annotated on line 1"},
		{"bad kind", good, annotationsOK + "private\tFoo\t\tsome words here\t\n", `unknown kind "private"`},
		{"equivalent on public", good, annotationsOK + "public\tFoo\tBar\tsome words here\t\n", "only legacy codes have an equivalent"},
		{"client family", good, annotationsOK + "client\tNetworkError\t\tsome words here\t\n", "client codes are in the ClientError family"},
		{"skipped row", map[string]string{"a.md": page30 + "| not a code | x |\n", "b.html": page20}, annotationsOK,
			`a.md:10: unusable row (code cell "not a code" is not an error code)`},
		{"not a page", map[string]string{"a.md": page30, "b.html": page20, "README": "notes\n"}, annotationsOK,
			"README: codes: no error-code table found"},
		{"no pages", map[string]string{}, annotationsOK, "no seed pages in"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := generateWith(writeSeeds(t, tt.pages), []byte(tt.annotations))
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("unexpected error: %v", err)
			case tt.want != "" && err == nil:
				t.Errorf("no error; want one containing %q", tt.want)
			case tt.want != "" && !strings.Contains(err.Error(), tt.want):
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
		})
	}
}

func TestEmbeddedAnnotationsParse(t *testing.T) {
	anns, err := parseAnnotations(annotationsTSV)
	if err != nil {
		t.Fatal(err)
	}
	clients := 0
	for _, a := range anns {
		if a.kind == kindClient {
			clients++
		}
		if a.kind == kindLegacy && a.note == "" {
			t.Errorf("legacy code %s: say in the note column why it has this equivalent (or none)", a.code)
		}
	}
	// The SDK's documentation lists ten; its source also has
	// ClientError.BuildRequestError (Request.FromJsonString in every product).
	if clients != 11 {
		t.Errorf("%d client codes; the SDK produces 11", clients)
	}
}
