package extract

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// predicateSense is which way a bool function decides a retry.
type predicateSense uint8

const (
	senseNone  predicateSense = iota
	senseRetry                // true repeats the call: if retryable(err) { continue }
	senseStop                 // true gives up: if fatal(err) || n == max { return err }
	senseMixed                // used both ways: no outcome is certain
)

// retryConditions returns this package's functions (or function
// variables) used in the condition of an if that decides a retry loop
// around an SDK call, with the way they decide it. "if throttled(err) {
// continue }" makes throttled a retry predicate whatever its name;
// "if stop := classify(err); stop || attempt == max { return nil, err }"
// makes classify one whose true gives up, whatever its name says.
func (st *State) retryConditions() map[types.Object]predicateSense {
	if st.retryConds != nil {
		return st.retryConds
	}
	st.retryConds = map[types.Object]predicateSense{}
	info := st.Pass.TypesInfo
	for _, f := range st.Pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			body := retryLoopBody(info, n)
			if body == nil || !st.callsSDK(body) {
				return true
			}
			inspectShallow(body, func(m ast.Node) {
				if ifs, ok := m.(*ast.IfStmt); ok {
					st.recordCondition(ifs)
				}
			})
			return true
		})
	}
	return st.retryConds
}

// recordCondition notes the sense of each package function called in the
// condition of an if inside a retry loop whose branch retries (continue)
// or gives up (return, break). Under && and || a call's truth still leads
// toward the branch; under ! it leads away.
func (st *State) recordCondition(ifs *ast.IfStmt) {
	info := st.Pass.TypesInfo
	verdict := branchVerdict(info, ifs.Body)
	if verdict == OutcomeUnknown {
		return
	}
	inits := initCalls(info, ifs.Init)
	var visit func(e ast.Expr, negated bool)
	visit = func(e ast.Expr, negated bool) {
		switch e := ast.Unparen(e).(type) {
		case *ast.UnaryExpr:
			if e.Op == token.NOT {
				visit(e.X, !negated)
			}
		case *ast.BinaryExpr:
			if e.Op == token.LAND || e.Op == token.LOR {
				visit(e.X, negated)
				visit(e.Y, negated)
			}
		case *ast.Ident: // if stop := classify(err); stop || ...
			if call := inits[info.ObjectOf(e)]; call != nil {
				visit(call, negated)
			}
		case *ast.CallExpr:
			if obj := typeutil.Callee(info, e); obj != nil && obj.Pkg() == st.Pass.Pkg {
				sense := senseStop
				if (verdict == OutcomeRetry) != negated {
					sense = senseRetry
				}
				if old := st.retryConds[obj]; old != senseNone && old != sense {
					sense = senseMixed
				}
				st.retryConds[obj] = sense
			}
		}
	}
	visit(ifs.Cond, false)
}

// branchVerdict returns what an if's branch does to a retry loop's
// iteration, by the first of its own statements that ends it: continue
// retries; return and break give up, except a return of a retry
// framework's retryable error (a loop inside a retry closure).
func branchVerdict(info *types.Info, block *ast.BlockStmt) Outcome {
	for _, s := range block.List {
		switch s := s.(type) {
		case *ast.BranchStmt:
			switch {
			case s.Label != nil:
				return OutcomeUnknown
			case s.Tok == token.CONTINUE:
				return OutcomeRetry
			case s.Tok == token.BREAK:
				return OutcomeGiveUp
			}
		case *ast.ReturnStmt:
			if constructorOutcome(info, s) == OutcomeRetry {
				return OutcomeRetry
			}
			return OutcomeGiveUp
		}
	}
	return OutcomeUnknown
}

// initCalls maps the variables an if's init statement defines from a
// single call to that call: stop := classify(err).
func initCalls(info *types.Info, init ast.Stmt) map[types.Object]*ast.CallExpr {
	assign, ok := init.(*ast.AssignStmt)
	if !ok || assign.Tok != token.DEFINE || len(assign.Lhs) != len(assign.Rhs) {
		return nil
	}
	out := map[types.Object]*ast.CallExpr{}
	for i, lhs := range assign.Lhs {
		id, ok := lhs.(*ast.Ident)
		call, isCall := ast.Unparen(assign.Rhs[i]).(*ast.CallExpr)
		if ok && isCall {
			out[info.Defs[id]] = call
		}
	}
	return out
}
