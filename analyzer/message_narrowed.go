package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/tcerrcheck/tcerrcheck/codes"
)

// narrowedByMessage reports whether a comparison is joined by && with a
// test of the error's message: code == "InternalError" &&
// strings.Contains(message, "409 InvalidBucketState") picks one failure
// out by its text, and its sub-codes are not what the branch is about.
// family-exact stays silent there.
func (fc *funcCheck) narrowedByMessage(c comparison) bool {
	parents := fc.st.funcIndex(fc.unit).parents
	for cur := c.node; ; {
		b, ok := parents[cur].(*ast.BinaryExpr)
		if !ok {
			if p, isParen := parents[cur].(*ast.ParenExpr); isParen {
				cur = p
				continue
			}
			return false
		}
		if b.Op != token.LAND {
			return false
		}
		other := b.X
		if other == cur {
			other = b.Y
		}
		if fc.testsMessage(other) {
			return true
		}
		cur = b
	}
}

// testsMessage reports whether e mentions an SDK error's message: its
// Message field, GetMessage() or Error(), directly or through a local
// variable assigned from one.
func (fc *funcCheck) testsMessage(e ast.Expr) bool {
	info := fc.st.pass.TypesInfo
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.SelectorExpr:
			found = isMessageAccess(info, n)
		case *ast.Ident:
			if v, ok := info.Uses[n].(*types.Var); ok && fc.st.funcIndex(fc.unit).isLocal(v) {
				for _, s := range fc.st.funcIndex(fc.unit).sources[v] {
					if s.kind == srcAssign && fc.testsMessageDirectly(s.expr) {
						found = true
					}
				}
			}
		}
		return !found
	})
	return found
}

func (fc *funcCheck) testsMessageDirectly(e ast.Expr) bool {
	info := fc.st.pass.TypesInfo
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok && isMessageAccess(info, sel) {
			found = true
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
		return s.Kind() == types.MethodVal && isErrorValue(info, sel.X)
	}
	return false
}
