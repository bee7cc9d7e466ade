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
	// FlagRetryable replaces the retryable families.
	FlagRetryable = "retryable"
	// FlagFamilyExactAll extends family-exact to every family root.
	FlagFamilyExactAll = "family-exact-all"
	// FlagPages loads error-code pages for named products.
	FlagPages = "pages"
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
	// RetryableFamilies replaces the default retryable family roots
	// (codes.DefaultRetryableFamilies) when not empty.
	RetryableFamilies []string
	// FamilyExactAll makes family-exact report exact comparisons with any
	// family root that has sub-codes, not only retryable ones.
	FamilyExactAll bool
	// Pages are error-code pages to load, each "product=path": every code
	// on the page becomes valid for that product. Pages are Tencent Cloud
	// error-code pages in Markdown, flattened text or HTML. Paths are
	// relative to the directory the tool runs in; under go vet that is
	// each package's directory, so give absolute paths there.
	Pages []string
}

// settings is a Config made ready for use: validated, with sets built.
type settings struct {
	enabled        map[string]bool
	allow          codes.Set
	retryable      []string
	familyExactAll bool
	pageCodes      map[string]codes.Set // product -> codes from its pages
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
			if err := checkCategory(name); err != nil {
				return nil, err
			}
			s.enabled[name] = list.on
		}
	}
	for _, code := range c.AllowCodes {
		s.allow.Add(code)
	}
	s.retryable = codes.DefaultRetryableFamilies()
	if len(c.RetryableFamilies) > 0 {
		s.retryable = append([]string(nil), c.RetryableFamilies...)
	}
	for _, root := range s.retryable {
		if !codes.IsCodeShaped(root) {
			return nil, fmt.Errorf("tcerrcheck: retryable family %q is not an error code", root)
		}
	}
	s.familyExactAll = c.FamilyExactAll
	var err error
	if s.pageCodes, err = loadPages(c.Pages); err != nil {
		return nil, err
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
	fs.Var((*categoryListFlag)(&c.Enable), FlagEnable, "comma-separated categories to turn on: "+categoryNames())
	fs.Var((*categoryListFlag)(&c.Disable), FlagDisable, "comma-separated categories to turn off: "+categoryNames())
	fs.Var((*listFlag)(&c.AllowCodes), FlagAllow, "comma-separated extra error codes to accept for every product")
	fs.Var((*listFlag)(&c.RetryableFamilies), FlagRetryable,
		"comma-separated retryable family roots, replacing the default "+strings.Join(codes.DefaultRetryableFamilies(), ","))
	fs.BoolVar(&c.FamilyExactAll, FlagFamilyExactAll, c.FamilyExactAll, "family-exact: report exact comparisons with any family root, not only retryable ones")
	fs.Var((*listFlag)(&c.Pages), FlagPages, "comma-separated product=path error-code pages (Markdown, text or HTML) whose codes are valid for that product")
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

// categoryListFlag is a listFlag that accepts only category names, so a
// typo in -disable fails at once instead of silently disabling nothing.
type categoryListFlag []string

func (l *categoryListFlag) String() string { return (*listFlag)(l).String() }

func (l *categoryListFlag) Set(v string) error {
	var names listFlag
	if err := names.Set(v); err != nil {
		return err
	}
	for _, name := range names {
		if err := checkCategory(name); err != nil {
			return err
		}
	}
	*l = append(*l, names...)
	return nil
}

func checkCategory(name string) error {
	if !knownCategory(name) {
		return fmt.Errorf("tcerrcheck: unknown category %q (known: %s)", name, categoryNames())
	}
	return nil
}
