package extract

import (
	"go/ast"
	"go/types"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/flow"
)

// COSRetryPieces returns the retry logic of the function that may judge
// COS codes: RetryPieces (retry predicates, retry framework closures,
// loops around API 3.0 calls), and loops that repeat a call of a COS
// service operation.
func (st *State) COSRetryPieces(unit FuncUnit) []RetryPiece {
	pieces := st.RetryPieces(unit)
	ast.Inspect(unit.Body, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			body := retryLoopBody(st.Pass.TypesInfo, n)
			if body != nil && st.callsCOS(body) && !st.callsSDK(body) { // else RetryPieces has it
				pieces = append(pieces, RetryPiece{kind: retryLoop, Node: n, Body: body})
			}
		}
		return true
	})
	return pieces
}

// callsCOS reports whether body calls a COS service operation, outside
// function literals (as callsSDK).
func (st *State) callsCOS(body ast.Node) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok || found {
			return false
		}
		if call, ok := n.(*ast.CallExpr); ok {
			if fn, ok := flow.CalleeFunc(st.Pass.TypesInfo, call); ok && IsCOSPackage(fn.Pkg()) {
				sig, _ := fn.Type().(*types.Signature)
				_, found = cosService(fn, sig)
			}
		}
		return !found
	})
	return found
}
