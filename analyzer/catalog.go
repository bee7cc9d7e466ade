package analyzer

import "github.com/tcerrcheck/tcerrcheck/codes"

// The catalog of every product's codes is being built in package codes;
// until it lands these answer as an empty catalog.

func catalogProductCodes(product string) codes.Set { return nil }

func catalogDeclarers(code string) []string { return nil }

func catalogAllCodes() []string { return nil }
