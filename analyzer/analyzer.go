package analyzer

import (
	"sync"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/check"
	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/extract"
	"github.com/tcerrcheck/tcerrcheck/codes"
	"golang.org/x/tools/go/analysis"
)

// Analyzer is tcerrcheck with its default configuration, bound to the
// command-line flags of the drivers (singlechecker, go vet).
var Analyzer = New(Config{})

const doc = `check Tencent Cloud SDK error code comparisons

tcerrcheck finds comparisons of Tencent Cloud SDK error codes with strings
(==, switch, strings.HasPrefix/Contains/EqualFold, slices.Contains, map
lookups), works out which product and API action produced the error, and
reports codes that product can never return: misspellings, case mistakes,
codes of other products and API 2.0 legacy codes. See
https://pkg.go.dev/github.com/tcerrcheck/tcerrcheck/analyzer for each check.`

// New returns a fresh analyzer that owns a copy of cfg; its flags write into
// that copy. Nothing is shared between analyzers, so a driver such as
// golangci-lint may build several.
func New(cfg Config) *analysis.Analyzer {
	c := &checker{cfg: cfg}
	a := &analysis.Analyzer{
		Name:      "tcerrcheck",
		Doc:       doc,
		URL:       "https://pkg.go.dev/github.com/tcerrcheck/tcerrcheck/analyzer",
		Run:       c.run,
		FactTypes: []analysis.Fact{new(extract.ErrorOriginFact), new(extract.CodeHelperFact), new(extract.ClassifierFact), new(extract.ActionCodesFact), new(extract.SdkUserFact)},
	}
	c.cfg.bindFlags(&a.Flags)
	return a
}

// checker is one analyzer's state: its configuration, turned into settings
// once, on the first package, after the driver has parsed the flags.
type checker struct {
	cfg Config

	once     sync.Once
	settings *check.Settings
	err      error

	// products caches codes.ProductOf by package: drivers that analyze a
	// whole program in one process share *types.Package values between
	// passes, and reading a big product's constants for every pass that
	// sees it would cost more than the rest of the analysis.
	products sync.Map // *types.Package -> *codes.Product (nil: not a product)
}

func (c *checker) run(pass *analysis.Pass) (any, error) {
	c.once.Do(func() { c.settings, c.err = c.cfg.settings() })
	if c.err != nil {
		return nil, c.err
	}
	if product, ok := codes.ProductOf(pass.Pkg); ok {
		extract.ExportActionFacts(pass, product) // dependencies are analyzed for facts
		return nil, nil
	}
	if !extract.UsesSDK(pass) {
		// Most packages of a big program pay nothing; generic call
		// helpers, membership tests and error wrappers or unwrappers
		// (func(error) error) are summarized for the packages that hand
		// them SDK methods, codes and errors.
		if extract.DeclaresSummarizedHelper(pass) {
			extract.NewState(pass, c.settings.PageCodes, &c.products).ExportCallHelperSummaries()
		}
		if extract.UsesCOS(pass) { // COS's codes alone: internal/check/cos_checks.go
			check.NewJudge(extract.NewState(pass, c.settings.PageCodes, &c.products), c.settings).CheckCOSFiles()
		}
		return nil, nil
	}
	st := extract.NewState(pass, c.settings.PageCodes, &c.products)
	j := check.NewJudge(st, c.settings)
	j.CheckFiles()
	j.ReportPreferConstant()
	j.ReportUnusedDirectives()
	st.ExportSummaries()
	return nil, nil
}
