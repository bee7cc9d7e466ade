package check

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/token"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/extract"
	"golang.org/x/tools/go/analysis"
)

// familyFix rewrites code == "Root" as strings.HasPrefix(code, "Root")
// (and != as its negation), importing strings when needed. Only that
// mechanical case gets a fix: a switch case or a list entry would need
// the surrounding logic restructured.
func (fc *funcCheck) familyFix(c extract.Comparison, v extract.Value) *analysis.SuggestedFix {
	b, ok := c.Node.(*ast.BinaryExpr)
	if !ok || !isOperand(c, v) {
		return nil
	}
	name, importEdits, ok := importName(fc.st.Pass, fc.file, "strings", "strings", b.Pos())
	if !ok {
		return nil
	}
	codeText, err1 := fc.source(c.Code)
	valueText, err2 := fc.source(v.At)
	if err1 != nil || err2 != nil {
		return nil
	}
	call := fmt.Sprintf("%s.HasPrefix(%s, %s)", name, codeText, valueText)
	if b.Op == token.NEQ {
		call = "!" + call
	}
	edits := append([]analysis.TextEdit{{Pos: b.Pos(), End: b.End(), NewText: []byte(call)}}, importEdits...)
	return &analysis.SuggestedFix{
		Message:   fmt.Sprintf("Match the %s family with %s.HasPrefix", v.Text, name),
		TextEdits: edits,
	}
}

func (fc *funcCheck) source(e ast.Expr) (string, error) {
	var buf bytes.Buffer
	err := format.Node(&buf, fc.st.Pass.Fset, e)
	return buf.String(), err
}
