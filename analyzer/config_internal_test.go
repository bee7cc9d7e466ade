package analyzer

import (
	"strings"
	"testing"
)

func TestSettingsRejectUnknownCategory(t *testing.T) {
	_, err := (&Config{Enable: []string{"no-such-check"}}).settings()
	if err == nil || !strings.Contains(err.Error(), `unknown category "no-such-check"`) {
		t.Fatalf("got %v, want an unknown category error", err)
	}
}

func TestSettingsDefaults(t *testing.T) {
	s, err := (&Config{Disable: []string{catWrongCase}, AllowCodes: []string{"X.Y"}}).settings()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range categories {
		if want := c.onByDefault && c.name != catWrongCase; s.enabled[c.name] != want {
			t.Errorf("%s enabled = %v, want %v", c.name, s.enabled[c.name], want)
		}
	}
	if !s.allow.Has("X.Y") {
		t.Error("allowed code missing")
	}
}
