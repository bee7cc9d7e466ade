package gclplugin

import (
	"flag"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// applySettings sets each setting on the flag of the same name. Keys arrive
// lower-cased from golangci-lint's configuration loader, so a key matches a
// flag ignoring case, dashes and underscores: "allow-codes", "allow_codes"
// and "allowCodes" all name the flag allow-codes.
func applySettings(fs *flag.FlagSet, settings map[string]any) error {
	keys := make([]string, 0, len(settings))
	for k := range settings {
		keys = append(keys, k)
	}
	sort.Strings(keys) // deterministic: the first bad key is always the same one
	for _, key := range keys {
		f := lookupFlag(fs, key)
		if f == nil {
			return fmt.Errorf("tcerrcheck: unknown setting %q (valid settings: %s)", key, flagNames(fs))
		}
		if settings[key] == nil {
			continue // "key:" with no value leaves the default
		}
		value, err := flagValue(settings[key])
		if err != nil {
			return fmt.Errorf("tcerrcheck: setting %q: %v", key, err)
		}
		if err := fs.Set(f.Name, value); err != nil {
			return fmt.Errorf("tcerrcheck: setting %q: %v", key, strings.TrimPrefix(err.Error(), "tcerrcheck: "))
		}
	}
	return nil
}

func lookupFlag(fs *flag.FlagSet, key string) *flag.Flag {
	if f := fs.Lookup(key); f != nil {
		return f
	}
	var found *flag.Flag
	fs.VisitAll(func(f *flag.Flag) {
		if normalize(f.Name) == normalize(key) {
			found = f
		}
	})
	return found
}

func normalize(name string) string {
	return strings.ToLower(strings.NewReplacer("-", "", "_", "").Replace(name))
}

func flagNames(fs *flag.FlagSet) string {
	var names []string
	fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	return strings.Join(names, ", ")
}

// flagValue renders a decoded YAML value as flag text: a list becomes a
// comma-separated value, the form every list flag of the analyzer takes.
func flagValue(v any) (string, error) {
	switch v := v.(type) {
	case []any:
		parts := make([]string, len(v))
		for i, elem := range v {
			s, err := scalarValue(elem)
			if err != nil {
				return "", fmt.Errorf("list element %d: %v", i+1, err)
			}
			parts[i] = s
		}
		return strings.Join(parts, ","), nil
	default:
		return scalarValue(v)
	}
}

func scalarValue(v any) (string, error) {
	switch v := v.(type) {
	case string:
		return v, nil
	case bool:
		return strconv.FormatBool(v), nil
	case float64: // every JSON number decodes to float64
		return strconv.FormatFloat(v, 'f', -1, 64), nil
	case map[string]any:
		return "", fmt.Errorf("want a string, bool, number or list of them, got a mapping")
	default:
		return "", fmt.Errorf("want a string, bool, number or list of them, got %T", v)
	}
}
