package extract

import (
	"go/ast"
	"go/types"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/flow"
)

// A retry framework's call, resource.Retry(timeout, func()
// *resource.RetryError {...}), returns the error its closure last wrapped
// with resource.RetryableError or NonRetryableError (or a timeout error
// holding it): the call's error has the origin of the errors the closure
// wraps. The framework's own code goes through state machines no summary
// follows, so the call is recognised by its shape instead.

// retryFrameworkClosure returns the closure of a retry framework's call:
// a call returning an error, with a function literal argument that
// returns the framework's retryable or non-retryable wrappers, or whose
// one result is the framework's verdict type (*resource.RetryError),
// whatever helper builds it (return tccommon.RetryError(err)).
func retryFrameworkClosure(info *types.Info, call *ast.CallExpr) *ast.FuncLit {
	if t := info.TypeOf(call); t == nil || !types.Identical(t, errorType) {
		return nil
	}
	for _, arg := range call.Args {
		if lit, ok := ast.Unparen(arg).(*ast.FuncLit); ok && (returnsVerdictType(info, lit) || returnsRetryConstructor(info, lit.Body)) {
			return lit
		}
	}
	return nil
}

// returnsVerdictType reports whether a function literal's one result is a
// pointer to a named type called RetryError: the verdict of
// terraform-plugin-sdk's resource.Retry and its look-alikes.
func returnsVerdictType(info *types.Info, lit *ast.FuncLit) bool {
	sig, ok := info.TypeOf(lit).(*types.Signature)
	if !ok || sig.Results().Len() != 1 {
		return false
	}
	ptr, ok := types.Unalias(sig.Results().At(0).Type()).(*types.Pointer)
	if !ok {
		return false
	}
	// terraform-plugin-sdk v2's resource.RetryError is an alias of
	// helper/retry's.
	named, ok := types.Unalias(ptr.Elem()).(*types.Named)
	return ok && named.Obj().Name() == "RetryError"
}

// ofRetryClosure merges the origins of the errors a retry closure's
// returns wrap: the argument of a wrapper constructor, or the error a
// code helper returning a wrapper is given (tccommon.RetryError(err)).
// A return of anything else makes the origin unknown.
func (r *originResolver) ofRetryClosure(lit *ast.FuncLit) Origin {
	info := r.st.Pass.TypesInfo
	var u originUnion
	add := u.add
	inspectShallow(lit.Body, func(n ast.Node) {
		ret, ok := n.(*ast.ReturnStmt)
		if !ok || len(ret.Results) != 1 || r.carriesNoSDKError(ret.Results[0]) {
			return
		}
		call, ok := ast.Unparen(ret.Results[0]).(*ast.CallExpr)
		if !ok {
			add(unknownBecause(whyRetryReturn, ""))
			return
		}
		if constructorOutcome(info, ret) != OutcomeUnknown && len(call.Args) == 1 {
			if !r.carriesNoSDKError(call.Args[0]) {
				add(r.Of(call.Args[0]))
			}
			return
		}
		if fn, ok := flow.CalleeFunc(info, call); ok {
			if fact := r.st.CodeHelper(fn); fact != nil && fact.ErrParam >= 0 && fact.ErrParam < len(call.Args) &&
				(!fact.IsCOSOnly() || r.Of(call.Args[fact.ErrParam]).cos != nil) { // cos_helpers.go
				add(r.Of(call.Args[fact.ErrParam]))
				return
			}
		}
		add(unknownBecause(whyRetryReturn, ""))
	})
	if !u.found {
		return unknownBecause(whyRetryNothing, "")
	}
	return u.o
}
