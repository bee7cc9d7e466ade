package gclplugin_test

import (
	"flag"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"github.com/tcerrcheck/tcerrcheck/analyzer"
	"github.com/tcerrcheck/tcerrcheck/cmd/gclplugin"
	"golang.org/x/tools/go/analysis"
)

// build runs the plugin the way golangci-lint does: look it up by name,
// construct it from raw settings, build its analyzers.
func build(t *testing.T, settings any) (*analysis.Analyzer, error) {
	t.Helper()
	newPlugin, err := register.GetPlugin("tcerrcheck")
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(settings)
	if err != nil {
		return nil, err
	}
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode() = %q, want %q", got, register.LoadModeTypesInfo)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatalf("BuildAnalyzers after a successful New: %v", err)
	}
	if len(as) != 1 || as[0].Name != "tcerrcheck" {
		t.Fatalf("BuildAnalyzers() = %v, want one tcerrcheck analyzer", as)
	}
	return as[0], nil
}

func flagValue(a *analysis.Analyzer, name string) string {
	return a.Flags.Lookup(name).Value.String()
}

func TestNoSettings(t *testing.T) {
	for _, raw := range []any{nil, map[string]any{}} {
		a, err := build(t, raw)
		if err != nil {
			t.Fatalf("settings %#v: %v", raw, err)
		}
		a.Flags.VisitAll(func(f *flag.Flag) {
			if f.Value.String() != f.DefValue {
				t.Errorf("settings %#v: flag %s = %q, want default %q", raw, f.Name, f.Value, f.DefValue)
			}
		})
	}
}

// Lists arrive from YAML as []any and become comma-separated flag values;
// a plain string is passed through.
func TestListAndStringValues(t *testing.T) {
	a, err := build(t, map[string]any{
		analyzer.FlagDisable: []any{"wrong-product", "legacy-code"},
		analyzer.FlagAllow:   "MyProduct.PrivateCode, Other.Code",
	})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := flagValue(a, analyzer.FlagDisable), "wrong-product,legacy-code"; got != want {
		t.Errorf("disable = %q, want %q", got, want)
	}
	if got, want := flagValue(a, analyzer.FlagAllow), "MyProduct.PrivateCode,Other.Code"; got != want {
		t.Errorf("allow = %q, want %q", got, want)
	}
}

// The error for an unknown key names the key and every valid one, taken
// from the analyzer's flags, so it stays right as options are added.
func TestUnknownKey(t *testing.T) {
	_, err := build(t, map[string]any{"disabel": []any{"wrong-product"}})
	if err == nil {
		t.Fatal("unknown key accepted")
	}
	msg := err.Error()
	if !strings.Contains(msg, `"disabel"`) {
		t.Errorf("error %q does not name the key", msg)
	}
	analyzer.New(analyzer.Config{}).Flags.VisitAll(func(f *flag.Flag) {
		if !strings.Contains(msg, f.Name) {
			t.Errorf("error %q does not list valid setting %q", msg, f.Name)
		}
	})
}

func TestWrongCategory(t *testing.T) {
	_, err := build(t, map[string]any{analyzer.FlagEnable: []any{"wrong-cat"}})
	if err == nil || !strings.Contains(err.Error(), `"wrong-cat"`) || !strings.Contains(err.Error(), "wrong-product") {
		t.Fatalf("error = %v, want one naming the bad category and the known ones", err)
	}
}

func TestBadValueShape(t *testing.T) {
	for _, v := range []any{
		map[string]any{"wrong-product": true},
		[]any{[]any{"nested"}},
	} {
		if _, err := build(t, map[string]any{analyzer.FlagAllow: v}); err == nil {
			t.Errorf("value %#v accepted", v)
		}
	}
}

// golangci-lint may build the analyzers more than once; each build is a
// new analyzer whose flags do not write into another's.
func TestFreshAnalyzers(t *testing.T) {
	p, err := gclplugin.New(map[string]any{analyzer.FlagAllow: []any{"A.B"}})
	if err != nil {
		t.Fatal(err)
	}
	first, _ := p.BuildAnalyzers()
	second, _ := p.BuildAnalyzers()
	if first[0] == second[0] {
		t.Fatal("BuildAnalyzers returned the same analyzer twice")
	}
	if err := first[0].Flags.Set(analyzer.FlagAllow, "C.D"); err != nil {
		t.Fatal(err)
	}
	if got := flagValue(second[0], analyzer.FlagAllow); got != "A.B" {
		t.Errorf("second analyzer's allow = %q after setting the first's, want %q", got, "A.B")
	}
}
