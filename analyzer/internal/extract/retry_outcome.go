package extract

import (
	"go/ast"
	"go/token"
	"go/types"
)

// BranchReader reads what the branches of one function body do: the
// type information and the parents of its nodes (funcIndex.parents).
type BranchReader struct {
	info    *types.Info
	parents map[ast.Node]ast.Node
}

// OutcomeOf tells what matching value v of comparison c leads to in the
// piece of retry logic: retry, give up, or unknown (then the code counts as
// handled, so that nothing is reported on a guess). In a predicate whose
// callers give up on true, true gives up and false retries.
func (br BranchReader) OutcomeOf(p RetryPiece, c Comparison, v Value) Outcome {
	return p.forCallers(br.branchOutcome(p, c, v))
}

// forCallers turns an outcome read as written (in a predicate, true
// retries) into what the piece's callers do: in a predicate they give up
// on true, true gives up and false retries.
func (p RetryPiece) forCallers(out Outcome) Outcome {
	if p.stopOnTrue {
		switch out {
		case OutcomeRetry:
			return OutcomeGiveUp
		case OutcomeGiveUp:
			return OutcomeRetry
		}
	}
	return out
}

// branchOutcome is outcomeOf read as written: in a predicate, true
// retries.
func (br BranchReader) branchOutcome(p RetryPiece, c Comparison, v Value) Outcome {
	if v.Classifier != nil && v.helperResult != OutcomeRetry {
		return OutcomeUnknown // the classifier's result for it is not known
	}
	if sw, ok := c.Node.(*ast.SwitchStmt); ok {
		if clause := ClauseOf(sw, v.At); clause != nil {
			return br.blockOutcome(p, clause.Body)
		}
		return OutcomeUnknown
	}
	negated := false
	if b, ok := c.Node.(*ast.BinaryExpr); ok && b.Op == token.NEQ {
		negated = true
	}
	parents := br.parents
	for cur := c.Node; ; {
		parent := parents[cur]
		switch n := parent.(type) {
		case *ast.ParenExpr:
		case *ast.UnaryExpr:
			if n.Op != token.NOT {
				return OutcomeUnknown
			}
			negated = !negated
		case *ast.BinaryExpr:
			if n.Op != token.LAND && n.Op != token.LOR {
				return OutcomeUnknown
			}
		case *ast.IfStmt:
			if n.Cond != cur || negated {
				return OutcomeUnknown
			}
			return br.blockOutcome(p, n.Body.List)
		case *ast.CaseClause: // switch { case code == "X": ... }
			if negated {
				return OutcomeUnknown
			}
			return br.blockOutcome(p, n.Body)
		case *ast.ReturnStmt: // return code == "X" || ...
			if p.kind != retryPredicate {
				return OutcomeUnknown
			}
			if negated {
				return OutcomeGiveUp
			}
			return OutcomeRetry
		default:
			return OutcomeUnknown
		}
		cur = parent
	}
}

// ClauseOf returns the case clause of sw whose list holds e.
func ClauseOf(sw *ast.SwitchStmt, e ast.Expr) *ast.CaseClause {
	for _, s := range sw.Body.List {
		clause := s.(*ast.CaseClause)
		for _, x := range clause.List {
			if x.Pos() <= e.Pos() && e.End() <= x.End() {
				return clause
			}
		}
	}
	return nil
}

// blockOutcome reads what a branch does, by the shape of the piece:
// return true/false in a predicate, continue versus return/break in a
// loop, a retryable or fatal constructor in a framework closure. The first
// decisive statement in source order wins.
func (br BranchReader) blockOutcome(p RetryPiece, stmts []ast.Stmt) Outcome {
	result := OutcomeUnknown
	for _, s := range stmts {
		walkDecisive(s, nesting{}, func(n ast.Node, in nesting) bool {
			result = br.statementOutcome(p, n, in)
			return result != OutcomeUnknown
		})
		if result != OutcomeUnknown {
			return result
		}
	}
	return result
}

func (br BranchReader) statementOutcome(p RetryPiece, n ast.Node, in nesting) Outcome {
	switch n := n.(type) {
	case *ast.ReturnStmt:
		switch p.kind {
		case retryPredicate:
			if len(n.Results) == 1 {
				if id, ok := ast.Unparen(n.Results[0]).(*ast.Ident); ok && (id.Name == "true" || id.Name == "false") {
					return map[bool]Outcome{true: OutcomeRetry, false: OutcomeGiveUp}[id.Name == "true"]
				}
			}
		case retryLoop:
			return OutcomeGiveUp
		case retryClosure:
			return constructorOutcome(br.info, n)
		}
	case *ast.BranchStmt:
		if p.kind != retryLoop || n.Label != nil {
			return OutcomeUnknown
		}
		switch {
		case n.Tok == token.CONTINUE && in.loops == 0:
			return OutcomeRetry
		case n.Tok == token.BREAK && in.breakables == 0:
			return OutcomeGiveUp
		}
	}
	return OutcomeUnknown
}

// nesting counts the statements entered that take over continue (loops)
// and break (loops, switches, selects) from the piece's own loop.
type nesting struct{ loops, breakables int }

// walkDecisive visits n and its statements in source order, not entering
// function literals. visit returns true to stop.
func walkDecisive(n ast.Node, in nesting, visit func(ast.Node, nesting) bool) bool {
	stop := false
	ast.Inspect(n, func(m ast.Node) bool {
		if stop || m == nil {
			return false
		}
		inner := in
		switch m.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ForStmt, *ast.RangeStmt:
			inner.loops++
			inner.breakables++
		case *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
			inner.breakables++
		}
		if m != n && inner != in {
			stop = walkDecisive(m, inner, visit)
			return false
		}
		stop = visit(m, in)
		return !stop
	})
	return stop
}

// DefaultOutcome tells what a piece of retry logic does with a code none
// of its comparisons matches, when its body ends in a decisive return: a
// predicate's final return false (in a predicate whose callers give up on
// true, false retries), a closure's final return of a retry framework's
// constructor, a loop body's final return or break. Unknown otherwise,
// and whenever the end is a call the piece hands the error to.
func (br BranchReader) DefaultOutcome(p RetryPiece) Outcome {
	var body *ast.BlockStmt
	switch n := p.Body.(type) {
	case *ast.BlockStmt:
		body = n
	default:
		return OutcomeUnknown
	}
	if len(body.List) == 0 {
		return OutcomeUnknown
	}
	last := body.List[len(body.List)-1]
	var out Outcome
	switch last.(type) {
	case *ast.ReturnStmt, *ast.BranchStmt:
		out = br.statementOutcome(p, last, nesting{})
	default:
		return OutcomeUnknown
	}
	return p.forCallers(out)
}
