package check

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// importName returns the name under which file can refer at pos to the
// package at path, with the edits that import it (as newName) when the
// file does not yet. ok is false when that name is shadowed at pos or
// taken by another import of the file.
func importName(pass *analysis.Pass, file *ast.File, path, newName string, pos token.Pos) (string, []analysis.TextEdit, bool) {
	for _, imp := range file.Imports {
		if p, err := strconv.Unquote(imp.Path.Value); err != nil || p != path {
			continue
		}
		if pn := pass.TypesInfo.PkgNameOf(imp); pn != nil && pn.Name() != "_" && pn.Name() != "." {
			return pn.Name(), nil, unshadowed(pass, path, pn.Name(), pos)
		}
	}
	if !unshadowed(pass, path, newName, pos) {
		return "", nil, false
	}
	return newName, []analysis.TextEdit{addImport(file, path, newName)}, true
}

// unshadowed reports whether name at pos refers to the package at path,
// or to nothing yet.
func unshadowed(pass *analysis.Pass, path, name string, pos token.Pos) bool {
	scope := pass.Pkg.Scope().Innermost(pos)
	if scope == nil {
		return true
	}
	if _, obj := scope.LookupParent(name, pos); obj != nil {
		pn, isPkg := obj.(*types.PkgName)
		return isPkg && pn.Imported().Path() == path
	}
	return true
}

// addImport imports path the way goimports would: a standard package
// after the last standard-library import of the first import block, any
// other after its last import (gofmt then sorts that group); as a group of
// its own at the top of the block when there is no such import, or in a
// declaration of its own. Under a name other than the last element of the
// path (cvm for .../cvm/v20170312, whose package clause says v20170312,
// as every product version's does), the import names it.
func addImport(file *ast.File, path, name string) analysis.TextEdit {
	spec := strconv.Quote(path)
	if name != lastSegment(path) {
		spec = name + " " + spec
	}
	std := !strings.Contains(path, ".")
	for _, decl := range file.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		if !gd.Lparen.IsValid() {
			return analysis.TextEdit{Pos: gd.End(), End: gd.End(), NewText: []byte("\nimport " + spec)}
		}
		var after ast.Spec
		for _, s := range gd.Specs {
			if p, err := strconv.Unquote(s.(*ast.ImportSpec).Path.Value); err == nil && std == !strings.Contains(p, ".") {
				after = s
			}
		}
		if after != nil {
			return analysis.TextEdit{Pos: after.End(), End: after.End(), NewText: []byte("\n\t" + spec)}
		}
		if std {
			return analysis.TextEdit{Pos: gd.Lparen + 1, End: gd.Lparen + 1, NewText: []byte("\n\t" + spec + "\n")}
		}
		return analysis.TextEdit{Pos: gd.Rparen, End: gd.Rparen, NewText: []byte("\n\t" + spec + "\n")}
	}
	end := file.Name.End()
	return analysis.TextEdit{Pos: end, End: end, NewText: []byte("\n\nimport " + spec)}
}

func lastSegment(path string) string {
	return path[strings.LastIndexByte(path, '/')+1:]
}
