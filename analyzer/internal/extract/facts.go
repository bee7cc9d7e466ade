package extract

import (
	"fmt"
	"strings"
)

// ErrorOriginFact says where the error a function returns comes from:
// SDK calls, and the function's own error parameters and func parameters
// (a wrapper returning its argument, a retry helper returning the error of
// the closure it is given), which each call site fills in. Callers in this
// package and in importing packages resolve their origins through it.
type ErrorOriginFact struct {
	Calls      []factCall
	ErrParams  []int
	FuncParams []int
	// Generic: requests of the SDK's generic client whose product or
	// action the function's parameters name (generic_client.go).
	Generic []genericRequest
	Wrapped bool     // every returned error is wrapped: see Origin.Wrapped
	Built   []string // codes of errors the function builds: see Origin.Built
}

// factCall is a callSite as carried between packages: the product by its
// package path, which the importing package may not have in view.
type factCall struct {
	Path, Product, Version, Action string
}

func (*ErrorOriginFact) AFact() {}

func (f *ErrorOriginFact) String() string {
	var parts []string
	for _, c := range f.Calls {
		parts = append(parts, c.Product+"."+c.Action)
	}
	for _, k := range f.ErrParams {
		parts = append(parts, fmt.Sprintf("param %d", k))
	}
	for _, k := range f.FuncParams {
		parts = append(parts, fmt.Sprintf("func param %d", k))
	}
	for _, g := range f.Generic {
		parts = append(parts, g.String())
	}
	for _, code := range f.Built {
		parts = append(parts, fmt.Sprintf("built %q", code))
	}
	if f.Wrapped {
		parts = append(parts, "wrapped")
	}
	return "errorFrom(" + strings.Join(parts, ", ") + ")"
}

// SdkUserFact marks a package that exports facts of ours: a package that
// imports no SDK package is still analyzed when it imports one of these,
// since its comparisons may see errors from the SDK through them. Every
// other package costs nothing.
type SdkUserFact struct{}

func (*SdkUserFact) AFact() {}

func (*SdkUserFact) String() string { return "sdkUser" }
