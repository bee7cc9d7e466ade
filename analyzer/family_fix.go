package analyzer

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/token"

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
	name, importEdits, ok := importName(fc.st.pass, fc.file, "strings", "strings", b.Pos())
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
