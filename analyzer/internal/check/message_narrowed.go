package check

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/extract"
	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/flow"
	"github.com/tcerrcheck/tcerrcheck/codes"
)

// narrowedByMessage reports whether a comparison is joined by && with a
// test of the error's message: code == "InternalError" &&
// strings.Contains(message, "409 InvalidBucketState") picks one failure
// out by its text, and its sub-codes are not what the branch is about.
// family-exact stays silent there.
func (fc *funcCheck) narrowedByMessage(c extract.Comparison) bool {
	parents := fc.st.FuncIndex(fc.unit).Parents()
	for cur := c.Node; ; cur = parents[cur] {
		switch p := parents[cur].(type) {
		case *ast.ParenExpr:
		case *ast.BinaryExpr:
			if p.Op != token.LAND {
				return false
			}
			other := p.X
			if other == cur {
				other = p.Y
			}
			if fc.mentionsMessage(other, true) {
				return true
			}
		default:
			return false
		}
	}
}

// mentionsMessage reports whether e mentions an SDK error's message: its
// Message field, GetMessage() or Error(), directly or (throughVars)
// through a local variable assigned from one.
func (fc *funcCheck) mentionsMessage(e ast.Expr, throughVars bool) bool {
	info := fc.st.Pass.TypesInfo
	ix := fc.st.FuncIndex(fc.unit)
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			found = found || isMessageAccess(info, n)
		case *ast.Ident:
			if v, ok := info.Uses[n].(*types.Var); ok && throughVars && ix.IsLocal(v) {
				for _, s := range ix.Sources[v] {
					found = found || s.Kind == flow.SrcAssign && fc.mentionsMessage(s.Expr, false)
				}
			}
		}
		return !found
	})
	return found
}

// isMessageAccess: e.Message, e.GetMessage, err.Error on an SDK error or
// an error value.
func isMessageAccess(info *types.Info, sel *ast.SelectorExpr) bool {
	s, ok := info.Selections[sel]
	if !ok {
		return false
	}
	switch sel.Sel.Name {
	case "Message", "GetMessage":
		return codes.IsSDKErrorType(s.Recv())
	case "Error":
		return s.Kind() == types.MethodVal && extract.IsErrorValue(info, sel.X)
	}
	return false
}
