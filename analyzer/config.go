package analyzer

import (
	"flag"
	"fmt"
	"slices"
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
	// FlagCOSTransient replaces COS's transient codes, which COS retry
	// logic should retry.
	FlagCOSTransient = "cos-transient"
	// FlagFamilyExactAll extends family-exact to every family root.
	FlagFamilyExactAll = "family-exact-all"
	// FlagPages loads error-code pages for named products.
	FlagPages = "pages"
)

// CategoryAll, in -enable or -disable, names every category, as
// golangci-lint users write enable-all. A category named in the other list
// wins over it, so -disable=all -enable=inventory runs the inventory alone.
const CategoryAll = "all"

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
	// COSTransientCodes replaces COS's default transient codes
	// (codes.COSTransientCodes) when not empty.
	COSTransientCodes []string
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
	s := &check.Settings{Allow: codes.NewSet()}
	var err error
	if s.Enabled, err = enabledCategories(c.Enable, c.Disable); err != nil {
		return nil, err
	}
	for _, code := range c.AllowCodes {
		s.Allow.Add(code)
	}
	s.COSTransient = codes.COSTransientCodes()
	if len(c.COSTransientCodes) > 0 {
		s.COSTransient = append([]string(nil), c.COSTransientCodes...)
	}
	for _, code := range s.COSTransient {
		if err := checkCOSCode(code); err != nil {
			return nil, err
		}
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
	if s.PageCodes, err = loadPages(c.Pages); err != nil {
		return nil, err
	}
	return s, nil
}

// enabledCategories turns -enable and -disable into each category's
// state: the defaults, then "all" of either list, then the categories
// named. A category named in both lists is refused rather than resolved by
// the order of the flags, which a reader of a CI script cannot see.
func enabledCategories(enable, disable []string) (map[string]bool, error) {
	for _, name := range append(append([]string(nil), enable...), disable...) {
		if err := checkCategory(name); err != nil {
			return nil, err
		}
	}
	for _, name := range enable {
		if slices.Contains(disable, name) {
			return nil, fmt.Errorf("category %q is in both -%s and -%s", name, FlagEnable, FlagDisable)
		}
	}
	enabled := map[string]bool{}
	for _, cat := range check.Categories {
		switch {
		case slices.Contains(enable, cat.Name):
			enabled[cat.Name] = true
		case slices.Contains(disable, cat.Name):
			enabled[cat.Name] = false
		case slices.Contains(enable, CategoryAll):
			enabled[cat.Name] = true
		case slices.Contains(disable, CategoryAll):
			enabled[cat.Name] = false
		default:
			enabled[cat.Name] = cat.OnByDefault
		}
	}
	return enabled, nil
}

func categoryNames() string {
	var names []string
	for _, c := range check.Categories {
		names = append(names, c.Name)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

// BindFlags registers c's fields as flags of fs, as New does for the
// analyzer's own flags, so that a command can parse its command line into
// a Config of its own and Validate it before any package is loaded.
func (c *Config) BindFlags(fs *flag.FlagSet) { c.bindFlags(fs) }

// Validate checks c as the analyzer does on its first package: category
// names, -enable/-disable conflicts, family roots, and that every page
// can be read and holds an error-code table. The analyzer itself can only
// fail package by package, once for each; a command validating first
// says it once.
func (c *Config) Validate() error {
	_, err := c.settings()
	return err
}

// bindFlags exposes c's fields as flags writing into c itself, so each
// analyzer built by New owns its settings.
func (c *Config) bindFlags(fs *flag.FlagSet) {
	fs.Var(&checkedListFlag{&c.Enable, checkCategory}, FlagEnable, "comma-separated categories to turn on, or all: "+categoryNames())
	fs.Var(&checkedListFlag{&c.Disable, checkCategory}, FlagDisable, "comma-separated categories to turn off, or all: "+categoryNames())
	fs.Var((*listFlag)(&c.AllowCodes), FlagAllow, "comma-separated extra error codes to accept for every product")
	fs.Var(&checkedListFlag{&c.COSTransientCodes, checkCOSCode}, FlagCOSTransient,
		"comma-separated COS codes that COS retry logic should retry, replacing the default "+strings.Join(codes.COSTransientCodes(), ","))
	fs.Var(&checkedListFlag{&c.RetryableFamilies, checkFamilyRoot}, FlagRetryable,
		"comma-separated retryable family roots, replacing the default "+strings.Join(codes.DefaultRetryableFamilies(), ","))
	fs.BoolVar(&c.FamilyExactAll, FlagFamilyExactAll, c.FamilyExactAll, "family-exact: report exact comparisons with any family root, not only retryable ones")
	fs.Var(&checkedListFlag{&c.Pages, checkPageSpec}, FlagPages, "comma-separated product=path error-code pages (Markdown, text or HTML) whose codes are valid for that product")
}

// listFlag is a comma-separated list flag; repeating the flag appends. An
// empty value adds nothing (golangci-lint passes "enable: []" as ""), but
// an empty element inside a list ("A,,B", "A,") is refused: it is a typo,
// often a code lost in editing, and accepting it says nothing.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(v string) error {
	if strings.TrimSpace(v) == "" {
		return nil
	}
	var items []string
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s == "" {
			return fmt.Errorf("empty element in the list %q", v)
		}
		items = append(items, s)
	}
	*l = append(*l, items...)
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

func checkCOSCode(code string) error {
	if !codes.IsCodeShaped(code) {
		return fmt.Errorf("COS transient code %q is not an error code", code)
	}
	return nil
}

func checkFamilyRoot(root string) error {
	if !codes.IsCodeShaped(root) {
		return fmt.Errorf("retryable family %q is not an error code", root)
	}
	return nil
}

func checkCategory(name string) error {
	if name != CategoryAll && !check.KnownCategory(name) {
		return fmt.Errorf("unknown category %q (known: %s, or %s)", name, categoryNames(), CategoryAll)
	}
	return nil
}
