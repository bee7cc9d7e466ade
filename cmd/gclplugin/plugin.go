// Package gclplugin registers tcerrcheck as a golangci-lint v2 module
// plugin.
//
// A golangci-lint binary that blank-imports this package (built by
// scripts/build-golangci.sh, or by golangci-lint custom with .custom-gcl.yml)
// runs tcerrcheck when its configuration enables the custom linter:
//
//	linters:
//	  enable: [tcerrcheck]
//	  settings:
//	    custom:
//	      tcerrcheck:
//	        type: module
//	        settings:
//	          disable: [wrong-product]
//
// Each setting is the analyzer flag of the same name (see tcerrcheck -help),
// so the plugin never needs to change when the analyzer gains an option.
package gclplugin

import (
	"github.com/golangci/plugin-module-register/register"
	"github.com/tcerrcheck/tcerrcheck/analyzer"
	"golang.org/x/tools/go/analysis"
)

func init() { register.Plugin("tcerrcheck", New) }

// plugin holds the decoded settings only; every BuildAnalyzers call turns
// them into a fresh analyzer, so two builds never share flag values.
type plugin struct {
	settings map[string]any
}

// New is golangci-lint's constructor for the plugin. It decodes the raw
// settings and applies them once to a throwaway analyzer, so a misspelt key
// or category stops golangci-lint at start-up with a message naming it.
func New(settings any) (register.LinterPlugin, error) {
	m, err := register.DecodeSettings[map[string]any](settings)
	if err != nil {
		return nil, err
	}
	p := &plugin{settings: m}
	if _, err := p.BuildAnalyzers(); err != nil {
		return nil, err
	}
	return p, nil
}

// BuildAnalyzers returns a new tcerrcheck analyzer with the settings set on
// its flags.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	a := analyzer.New(analyzer.Config{})
	if err := applySettings(&a.Flags, p.settings); err != nil {
		return nil, err
	}
	return []*analysis.Analyzer{a}, nil
}

// GetLoadMode asks for type information: origins and SDK constants come
// from the type checker.
func (p *plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
