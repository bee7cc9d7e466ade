package gclplugin

import (
	"flag"
	"testing"
)

// Options added to the analyzer later reach the plugin with no change
// here: any flag type, any spelling golangci-lint's lower-casing leaves.
func TestApplySettingsGeneric(t *testing.T) {
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	families := fs.String("retry-families", "", "")
	strict := fs.Bool("strict", false, "")
	depth := fs.Int("max-depth", 0, "")
	ratio := fs.Float64("ratio", 0, "")
	err := applySettings(fs, map[string]any{
		"retryfamilies": []any{"InternalError", "RequestLimitExceeded"}, // from retryFamilies
		"strict":        true,
		"max_depth":     float64(3), // JSON numbers decode to float64
		"ratio":         0.5,
	})
	if err != nil {
		t.Fatal(err)
	}
	if *families != "InternalError,RequestLimitExceeded" || !*strict || *depth != 3 || *ratio != 0.5 {
		t.Errorf("got families=%q strict=%v depth=%d ratio=%v", *families, *strict, *depth, *ratio)
	}
}

func TestApplySettingsBadScalar(t *testing.T) {
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.Bool("strict", false, "")
	if err := applySettings(fs, map[string]any{"strict": "perhaps"}); err == nil {
		t.Error(`strict: "perhaps" accepted`)
	}
}

// A key with no value is YAML null: it leaves the flag at its default.
func TestApplySettingsNull(t *testing.T) {
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	strict := fs.Bool("strict", true, "")
	if err := applySettings(fs, map[string]any{"strict": nil}); err != nil || !*strict {
		t.Errorf("strict: null gave strict=%v, err=%v", *strict, err)
	}
}
