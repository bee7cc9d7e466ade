package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
)

// readErrorsFile returns the values of the string constants declared in a
// product version's errors.go (src; name is for messages). It reads the
// value, never the name: the name is the upper-cased code with dots turned
// into underscores, which cannot be reversed for the codes that contain
// '_' or end in an empty segment.
func readErrorsFile(name string, src []byte) ([]string, error) {
	f, err := parser.ParseFile(token.NewFileSet(), name, src, parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	var codes []string
	for _, decl := range f.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST {
			continue
		}
		for _, spec := range gd.Specs {
			for _, v := range spec.(*ast.ValueSpec).Values {
				lit, ok := v.(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					continue // not a code; errors.go holds nothing else today
				}
				code, err := strconv.Unquote(lit.Value)
				if err != nil {
					return nil, fmt.Errorf("%s: %v", name, err)
				}
				codes = append(codes, code)
			}
		}
	}
	return codes, nil
}
