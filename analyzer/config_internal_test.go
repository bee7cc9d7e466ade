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
	s, err := (&Config{Disable: []string{"wrong-case"}, AllowCodes: []string{"X.Y"}}).settings()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range check.Categories {
		if want := c.OnByDefault && c.Name != "wrong-case"; s.Enabled[c.Name] != want {
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

// enabledOf returns the categories s runs, for comparing with a want list.
func enabledOf(s *check.Settings) []string {
	var on []string
	for _, c := range check.Categories {
		if s.Enabled[c.Name] {
			on = append(on, c.Name)
		}
	}
	return on
}

func TestSettingsEnableAll(t *testing.T) {
	for _, tt := range []struct {
		name            string
		enable, disable []string
		wantOn, wantOff []string
	}{
		{"enable all", []string{CategoryAll}, nil, []string{"wrong-action", "inventory", "prefer-constant", "unknown-code"}, nil},
		{"disable all but one", []string{"inventory"}, []string{CategoryAll}, []string{"inventory"}, []string{"unknown-code", "wrong-case"}},
		{"enable all but one", []string{CategoryAll}, []string{"wrong-case"}, []string{"prefer-constant", "unknown-code"}, []string{"wrong-case"}},
		// the look-alike: two different categories in the two lists
		{"one on, another off", []string{"wrong-action"}, []string{"wrong-case"}, []string{"wrong-action", "unknown-code"}, []string{"wrong-case", "inventory"}},
	} {
		s, err := (&Config{Enable: tt.enable, Disable: tt.disable}).settings()
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		for _, name := range tt.wantOn {
			if !s.Enabled[name] {
				t.Errorf("%s: %s is off; on: %v", tt.name, name, enabledOf(s))
			}
		}
		for _, name := range tt.wantOff {
			if s.Enabled[name] {
				t.Errorf("%s: %s is on; on: %v", tt.name, name, enabledOf(s))
			}
		}
	}
	s, _ := (&Config{Disable: []string{CategoryAll}}).settings()
	if on := enabledOf(s); len(on) != 0 {
		t.Errorf("-disable=all leaves %v on", on)
	}
}

// A category both enabled and disabled is refused whatever the order of
// the flags, "all" included.
func TestSettingsRejectConflict(t *testing.T) {
	for _, tt := range []struct{ enable, disable []string }{
		{[]string{"wrong-case"}, []string{"wrong-case"}},
		{[]string{"inventory", "wrong-action"}, []string{"legacy-code", "wrong-action"}},
		{[]string{CategoryAll}, []string{CategoryAll}},
	} {
		_, err := (&Config{Enable: tt.enable, Disable: tt.disable}).settings()
		if err == nil || !strings.Contains(err.Error(), "is in both -enable and -disable") {
			t.Errorf("-enable=%v -disable=%v: got %v, want a conflict", tt.enable, tt.disable, err)
		}
	}
}

func TestListFlagEmptyElements(t *testing.T) {
	for _, v := range []string{"Foo.Bar,,", "Foo.Bar,", ",Foo.Bar", "A,, B", " , "} {
		var l listFlag
		if err := l.Set(v); err == nil || !strings.Contains(err.Error(), "empty element") {
			t.Errorf("Set(%q) = %v, want an empty element error", v, err)
		}
		if len(l) != 0 {
			t.Errorf("Set(%q) kept %q", v, l)
		}
	}
	// look-alikes: an empty value is an empty list, and spaces around
	// elements are not elements
	for v, want := range map[string]string{"": "", "  ": "", "A, B": "A,B", "A": "A"} {
		var l listFlag
		if err := l.Set(v); err != nil || l.String() != want {
			t.Errorf("Set(%q) = %v, holds %q; want %q", v, err, l.String(), want)
		}
	}
}
