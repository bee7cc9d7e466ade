package extract

import (
	"go/ast"
	"go/types"
	"regexp"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/flow"
	"github.com/tcerrcheck/tcerrcheck/codes"
)

// pieceKind is the shape of a piece of retry logic.
type pieceKind int

const (
	// A function returning bool whose result decides a retry: true means
	// retry, or give up for a predicate its callers use that way.
	retryPredicate pieceKind = iota
	// A loop around an SDK call: continue means retry, return or break
	// means give up.
	retryLoop
	// A closure handed to a retry framework that returns retryable or
	// non-retryable errors (resource.RetryableError, backoff.Permanent...).
	retryClosure
)

// RetryPiece is one piece of retry logic in a function.
type RetryPiece struct {
	kind pieceKind
	Node ast.Node // the function type, loop or closure: where to report
	Body ast.Node
	// stopOnTrue marks a predicate whose true gives up: its callers
	// stop retrying when it holds (if fatal(err) { return err }).
	stopOnTrue bool
}

// Outcome is what a matched code leads to in a piece of retry logic.
type Outcome int

const (
	OutcomeUnknown Outcome = iota
	OutcomeRetry
	OutcomeGiveUp
)

// retryName matches names of retry predicates: isRetryable, shouldRetry,
// retriable, canRetry.
var retryName = regexp.MustCompile(`(?i)retr(y|i)`)

// giveUpName and retryableName classify the constructors retry frameworks
// take: resource.NonRetryableError, backoff.Permanent, retry.Unrecoverable
// stop; resource.RetryableError retries.
var (
	giveUpName    = regexp.MustCompile(`(?i)(non|un)retr(y|i)able|permanent|unrecoverable`)
	retryableName = regexp.MustCompile(`(?i)retr(y|i)able`)
)

// RetryPieces finds the retry logic of the function: the function itself
// when it is a retry predicate, loops that repeat an SDK call, and
// closures returning a retry framework's retryable or fatal errors.
func (st *State) RetryPieces(unit FuncUnit) []RetryPiece {
	var pieces []RetryPiece
	if sense := st.predicateSense(unit); sense != senseNone {
		pieces = append(pieces, RetryPiece{kind: retryPredicate, Node: unit.Typ, Body: unit.Body, stopOnTrue: sense == senseStop})
	}
	ast.Inspect(unit.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			if body := retryLoopBody(st.Pass.TypesInfo, n); body != nil && st.callsSDK(body) {
				pieces = append(pieces, RetryPiece{kind: retryLoop, Node: n, Body: body})
			}
		case *ast.FuncLit:
			if returnsRetryConstructor(st.Pass.TypesInfo, n.Body) {
				pieces = append(pieces, RetryPiece{kind: retryClosure, Node: n, Body: n.Body})
			}
		}
		return true
	})
	return pieces
}

// predicateSense says whether the function is a retry predicate, and
// which way: one bool result, and a use as the condition that repeats or
// stops a retry loop somewhere in the package (which decides), or else a
// name that says retry.
func (st *State) predicateSense(unit FuncUnit) predicateSense {
	res := unit.Typ.Results
	if res == nil || res.NumFields() != 1 {
		return senseNone
	}
	t := st.Pass.TypesInfo.TypeOf(res.List[0].Type)
	if t == nil || !types.Identical(t, types.Typ[types.Bool]) {
		return senseNone
	}
	if unit.Obj != nil {
		switch sense := st.retryConditions()[unit.Obj]; sense {
		case senseRetry, senseStop:
			return sense
		case senseMixed:
			return senseNone // used both ways: no outcome is certain
		}
	}
	if retryName.MatchString(unit.Name) {
		return senseRetry
	}
	return senseNone
}

// retryLoopBody returns the body of a loop that repeats: for {...},
// for i := 0; i < n; i++ {...}, for range n {...}. A range over a slice
// or map walks items, and its continue skips one: no retry.
func retryLoopBody(info *types.Info, n ast.Node) *ast.BlockStmt {
	switch n := n.(type) {
	case *ast.ForStmt:
		return n.Body
	case *ast.RangeStmt:
		if t := info.TypeOf(n.X); t != nil {
			if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsInteger != 0 {
				return n.Body
			}
		}
	}
	return nil
}

// callsSDK reports whether body calls an SDK product client, directly or
// through a wrapper whose returned error comes from one. A call inside a
// function literal does not count: a loop around resource.Retry(func()
// {...}) pages through results or walks items, and the closure, which
// does the retrying, is retry logic of its own.
func (st *State) callsSDK(body ast.Node) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		if call, ok := n.(*ast.CallExpr); ok && !found {
			if fn, ok := flow.CalleeFunc(st.Pass.TypesInfo, call); ok {
				_, _, found = codes.ClientAction(fn)
				if !found {
					fact := st.errorSummary(fn)
					found = fact != nil && len(fact.Calls) > 0
				}
			}
		}
		return !found
	})
	return found
}

// returnsRetryConstructor reports whether body returns the result of a
// retry framework's constructor.
func returnsRetryConstructor(info *types.Info, body ast.Node) bool {
	found := false
	inspectShallow(body, func(n ast.Node) {
		if ret, ok := n.(*ast.ReturnStmt); ok && constructorOutcome(info, ret) != OutcomeUnknown {
			found = true
		}
	})
	return found
}

// constructorOutcome classifies return resource.RetryableError(err) and
// the like.
func constructorOutcome(info *types.Info, ret *ast.ReturnStmt) Outcome {
	for _, r := range ret.Results {
		call, ok := ast.Unparen(r).(*ast.CallExpr)
		if !ok {
			continue
		}
		fn, ok := flow.CalleeFunc(info, call)
		if !ok {
			continue
		}
		switch {
		case giveUpName.MatchString(fn.Name()):
			return OutcomeGiveUp
		case retryableName.MatchString(fn.Name()):
			return OutcomeRetry
		}
	}
	return OutcomeUnknown
}

// inspectShallow visits n without entering nested function literals.
func inspectShallow(n ast.Node, visit func(ast.Node)) {
	ast.Inspect(n, func(m ast.Node) bool {
		if _, ok := m.(*ast.FuncLit); ok && m != n {
			return false
		}
		visit(m)
		return true
	})
}
