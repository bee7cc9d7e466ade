package analyzer

import "golang.org/x/tools/go/analysis"

// Analyzer is tcerrcheck with its default configuration.
var Analyzer = New(Config{})

// New returns a fresh analyzer bound to its own copy of cfg.
func New(cfg Config) *analysis.Analyzer {
	c := cfg
	a := &analysis.Analyzer{
		Name: "tcerrcheck",
		Doc:  "check Tencent Cloud SDK error code comparisons",
		Run:  func(pass *analysis.Pass) (any, error) { return run(pass, &c) },
	}
	return a
}

// Config selects checks and extra knowledge.
type Config struct{}

func run(pass *analysis.Pass, cfg *Config) (any, error) { return nil, nil }
