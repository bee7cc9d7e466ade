package analyzer

import (
	"strings"
	"testing"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/check"
)

func TestSettingsRejectUnknownCategory(t *testing.T) {
	_, err := (&Config{Enable: []string{"no-such-check"}}).settings()
	if err == nil || !strings.Contains(err.Error(), `unknown category "no-such-check"`) {
		t.Fatalf("got %v, want an unknown category error", err)
	}
}

func TestSettingsDefaults(t *testing.T) {
	s, err := (&Config{Disable: []string{check.CatWrongCase}, AllowCodes: []string{"X.Y"}}).settings()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range check.Categories {
		if want := c.OnByDefault && c.Name != check.CatWrongCase; s.Enabled[c.Name] != want {
			t.Errorf("%s enabled = %v, want %v", c.Name, s.Enabled[c.Name], want)
		}
	}
	if !s.Allow.Has("X.Y") {
		t.Error("allowed code missing")
	}
}

func TestSettingsPages(t *testing.T) {
	for _, tt := range []struct{ spec, wantErr string }{
		{"cvm", "wants product=path"},
		{"cvm=/no/such/page.md", "error-code page for cvm"},
		{"cvm=config_internal_test.go", "no error-code table"},
	} {
		_, err := (&Config{Pages: []string{tt.spec}}).settings()
		if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
			t.Errorf("Pages %q: got %v, want an error containing %q", tt.spec, err, tt.wantErr)
		}
	}
	s, err := (&Config{Pages: []string{"cvm=../testdata/pages/cvm-newer.md"}}).settings()
	if err != nil {
		t.Fatal(err)
	}
	if !s.PageCodes["cvm"].Has("InvalidInstanceId.Hibernating") || !s.PageCodes["cvm"].Has("RequestLimitExceeded") {
		t.Errorf("page codes = %v", s.PageCodes["cvm"])
	}
}
