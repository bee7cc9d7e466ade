package suppress

import (
	"go/ast"
	"go/parser"
	"go/token"
)

// IsGeneratedFile reports whether f is generated code, which is not
// checked. cgo's output carries a generated header but stands for a
// hand-written file: its //line directives name the original, and the
// original's own header decides.
func IsGeneratedFile(fset *token.FileSet, f *ast.File) bool {
	if !ast.IsGenerated(f) {
		return false
	}
	written := fset.PositionFor(f.Package, false).Filename
	original := fset.PositionFor(f.Package, true).Filename
	if original == written || original == "" {
		return true
	}
	orig, err := parser.ParseFile(token.NewFileSet(), original, nil, parser.PackageClauseOnly|parser.ParseComments)
	if err != nil {
		return true
	}
	return ast.IsGenerated(orig)
}
