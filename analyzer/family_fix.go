package analyzer

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// familyFix rewrites code == "Root" as strings.HasPrefix(code, "Root")
// (and != as its negation), importing strings when needed. Only that
// mechanical case gets a fix: a switch case or a list entry would need
// the surrounding logic restructured.
func (fc *funcCheck) familyFix(c comparison, v value) *analysis.SuggestedFix {
	b, ok := c.node.(*ast.BinaryExpr)
	if !ok || !isOperand(c, v) {
		return nil
	}
	name, importEdits, ok := fc.importName("strings", b.Pos())
	if !ok {
		return nil
	}
	codeText, err1 := fc.source(c.code)
	valueText, err2 := fc.source(v.at)
	if err1 != nil || err2 != nil {
		return nil
	}
	call := fmt.Sprintf("%s.HasPrefix(%s, %s)", name, codeText, valueText)
	if b.Op == token.NEQ {
		call = "!" + call
	}
	edits := append([]analysis.TextEdit{{Pos: b.Pos(), End: b.End(), NewText: []byte(call)}}, importEdits...)
	return &analysis.SuggestedFix{
		Message:   fmt.Sprintf("Match the %s family with %s.HasPrefix", v.text, name),
		TextEdits: edits,
	}
}

func (fc *funcCheck) source(e ast.Expr) (string, error) {
	var buf bytes.Buffer
	err := format.Node(&buf, fc.st.pass.Fset, e)
	return buf.String(), err
}

// importName returns the name under which the file can refer to the
// package at path at pos, with the edits that import it when the file does
// not yet. ok is false when the name is shadowed at pos.
func (fc *funcCheck) importName(path string, pos token.Pos) (string, []analysis.TextEdit, bool) {
	for _, imp := range fc.file.Imports {
		if p, err := strconv.Unquote(imp.Path.Value); err != nil || p != path {
			continue
		}
		if imp.Name == nil {
			return fc.unshadowed(lastSegment(path), pos)
		}
		if imp.Name.Name != "_" && imp.Name.Name != "." {
			return fc.unshadowed(imp.Name.Name, pos)
		}
	}
	name, _, ok := fc.unshadowed(lastSegment(path), pos)
	if !ok {
		return "", nil, false
	}
	return name, []analysis.TextEdit{fc.addImport(path)}, true
}

// unshadowed reports whether name at pos refers to nothing but a package.
func (fc *funcCheck) unshadowed(name string, pos token.Pos) (string, []analysis.TextEdit, bool) {
	scope := fc.st.pass.Pkg.Scope().Innermost(pos)
	if scope == nil {
		return name, nil, true
	}
	if _, obj := scope.LookupParent(name, pos); obj != nil {
		if _, isPkg := obj.(*types.PkgName); !isPkg {
			return "", nil, false
		}
	}
	return name, nil, true
}

// addImport imports the standard package path the way goimports would:
// after the last standard-library import of the first import block (gofmt
// then sorts that group), or as a group of its own at the top of the block
// when it has none, or in a declaration of its own.
func (fc *funcCheck) addImport(path string) analysis.TextEdit {
	quoted := strconv.Quote(path)
	for _, decl := range fc.file.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		if !gd.Lparen.IsValid() {
			return analysis.TextEdit{Pos: gd.End(), End: gd.End(), NewText: []byte("\nimport " + quoted)}
		}
		var lastStd ast.Spec
		for _, spec := range gd.Specs {
			if p, err := strconv.Unquote(spec.(*ast.ImportSpec).Path.Value); err == nil && !strings.Contains(p, ".") {
				lastStd = spec
			}
		}
		if lastStd != nil {
			return analysis.TextEdit{Pos: lastStd.End(), End: lastStd.End(), NewText: []byte("\n\t" + quoted)}
		}
		return analysis.TextEdit{Pos: gd.Lparen + 1, End: gd.Lparen + 1, NewText: []byte("\n\t" + quoted + "\n")}
	}
	end := fc.file.Name.End()
	return analysis.TextEdit{Pos: end, End: end, NewText: []byte("\n\nimport " + quoted)}
}

func lastSegment(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		if path[i] == '/' {
			return path[i+1:]
		}
	}
	return path
}
