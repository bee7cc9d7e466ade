package analyzer

import (
	"flag"
	"fmt"
	"sort"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/codes"
)

// Flag names, shared by the command line, go vet and the golangci-lint
// plugin settings.
const (
	FlagEnable  = "enable"
	FlagDisable = "disable"
	FlagAllow   = "allow"
)

// Config selects checks and adds knowledge. The zero value runs the
// default checks.
type Config struct {
	// Enable turns on categories that are off by default.
	Enable []string
	// Disable turns off categories.
	Disable []string
	// AllowCodes are extra codes valid for every product: private
	// products, codes newer than the SDK and catalog in view.
	AllowCodes []string
}

// settings is a Config made ready for use: validated, with sets built.
type settings struct {
	enabled map[string]bool
	allow   codes.Set
}

func (c *Config) settings() (*settings, error) {
	s := &settings{enabled: map[string]bool{}, allow: codes.NewSet()}
	for _, cat := range categories {
		s.enabled[cat.name] = cat.onByDefault
	}
	for _, list := range []struct {
		names []string
		on    bool
	}{{c.Enable, true}, {c.Disable, false}} {
		for _, name := range list.names {
			if !knownCategory(name) {
				return nil, fmt.Errorf("tcerrcheck: unknown category %q (known: %s)", name, categoryNames())
			}
			s.enabled[name] = list.on
		}
	}
	for _, code := range c.AllowCodes {
		s.allow.Add(code)
	}
	return s, nil
}

func categoryNames() string {
	var names []string
	for _, c := range categories {
		names = append(names, c.name)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

// bindFlags exposes c's fields as flags writing into c itself, so each
// analyzer built by New owns its settings.
func (c *Config) bindFlags(fs *flag.FlagSet) {
	fs.Var((*listFlag)(&c.Enable), FlagEnable, "comma-separated categories to turn on (off by default: none yet)")
	fs.Var((*listFlag)(&c.Disable), FlagDisable, "comma-separated categories to turn off: "+categoryNames())
	fs.Var((*listFlag)(&c.AllowCodes), FlagAllow, "comma-separated extra error codes to accept for every product")
}

// listFlag is a comma-separated list flag; repeating the flag appends.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(v string) error {
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			*l = append(*l, s)
		}
	}
	return nil
}
