package analyzer

import (
	"flag"
	"fmt"
	"sort"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/check"
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

func (c *Config) settings() (*check.Settings, error) {
	s := &check.Settings{Enabled: map[string]bool{}, Allow: codes.NewSet()}
	for _, cat := range check.Categories {
		s.Enabled[cat.Name] = cat.OnByDefault
	}
	for _, list := range []struct {
		names []string
		on    bool
	}{{c.Enable, true}, {c.Disable, false}} {
		for _, name := range list.names {
			if err := checkCategory(name); err != nil {
				return nil, err
			}
			s.Enabled[name] = list.on
		}
	}
	for _, code := range c.AllowCodes {
		s.Allow.Add(code)
	}
	s.Retryable = codes.DefaultRetryableFamilies()
	if len(c.RetryableFamilies) > 0 {
		s.Retryable = append([]string(nil), c.RetryableFamilies...)
	}
	for _, root := range s.Retryable {
		if err := checkFamilyRoot(root); err != nil {
			return nil, err
		}
	}
	s.FamilyExactAll = c.FamilyExactAll
	var err error
	if s.PageCodes, err = loadPages(c.Pages); err != nil {
		return nil, err
	}
	return s, nil
}

func categoryNames() string {
	var names []string
	for _, c := range check.Categories {
		names = append(names, c.Name)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

// bindFlags exposes c's fields as flags writing into c itself, so each
// analyzer built by New owns its settings.
func (c *Config) bindFlags(fs *flag.FlagSet) {
	fs.Var(&checkedListFlag{&c.Enable, checkCategory}, FlagEnable, "comma-separated categories to turn on: "+categoryNames())
	fs.Var(&checkedListFlag{&c.Disable, checkCategory}, FlagDisable, "comma-separated categories to turn off: "+categoryNames())
	fs.Var((*listFlag)(&c.AllowCodes), FlagAllow, "comma-separated extra error codes to accept for every product")
	fs.Var(&checkedListFlag{&c.RetryableFamilies, checkFamilyRoot}, FlagRetryable,
		"comma-separated retryable family roots, replacing the default "+strings.Join(codes.DefaultRetryableFamilies(), ","))
	fs.BoolVar(&c.FamilyExactAll, FlagFamilyExactAll, c.FamilyExactAll, "family-exact: report exact comparisons with any family root, not only retryable ones")
	fs.Var(&checkedListFlag{&c.Pages, checkPageSpec}, FlagPages, "comma-separated product=path error-code pages (Markdown, text or HTML) whose codes are valid for that product")
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

// checkedListFlag is a listFlag whose items are checked when the flag is
// set, so a typo in -disable or -retryable fails at once, when the driver
// parses its flags or golangci-lint its settings, instead of later or
// silently.
type checkedListFlag struct {
	list  *[]string
	check func(string) error
}

func (l *checkedListFlag) String() string {
	if l.list == nil {
		return ""
	}
	return (*listFlag)(l.list).String()
}

func (l *checkedListFlag) Set(v string) error {
	var items listFlag
	if err := items.Set(v); err != nil {
		return err
	}
	for _, item := range items {
		if err := l.check(item); err != nil {
			return err
		}
	}
	*l.list = append(*l.list, items...)
	return nil
}

func checkFamilyRoot(root string) error {
	if !codes.IsCodeShaped(root) {
		return fmt.Errorf("retryable family %q is not an error code", root)
	}
	return nil
}

func checkCategory(name string) error {
	if !check.KnownCategory(name) {
		return fmt.Errorf("unknown category %q (known: %s)", name, categoryNames())
	}
	return nil
}
