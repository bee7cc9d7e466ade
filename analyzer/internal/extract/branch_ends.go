package extract

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/flow"
)

// MissEndsAlike reports whether a code that value v of comparison c does
// not match ends where a matched one does: the branch taken on a match
// and the path taken otherwise both end in a return of the same kind
// (return nil on both, an error on both, the same bool, the same retry
// verdict). A comparison that misses some codes then changes nothing for
// them. It is false whenever either end is not plainly read: a branch
// that does not return, named results, a call whose result is not known.
//
// One case is read generously: a branch that gives up a retry (return
// resource.NonRetryableError(e)) beside a fallback that hands the error to
// a helper returning the same verdict type (return tccommon.RetryError(e)):
// such helpers give up on codes they do not list, and whether this one
// lists the missed codes is not known, so the miss is not claimed to
// change anything.
func (br BranchReader) MissEndsAlike(c Comparison, v Value) bool {
	matched, missed, ok := br.matchAndMiss(c, v)
	if !ok {
		return false
	}
	m, okM := br.endOf(matched)
	u, okU := br.endOf(missed)
	if !okM || !okU {
		return false
	}
	if m.kinds == u.kinds && !strings.Contains(m.kinds, unreadEnd) {
		return true
	}
	return m.kinds == giveUpEnd && u.kinds == unreadEnd && u.verdictCall != nil &&
		types.Identical(m.verdictType, br.info.TypeOf(u.verdictCall))
}

// The kinds of a returned value, joined by commas for several results.
const (
	nilEnd    = "nil"
	errorEnd  = "error"
	retryEnd  = "retry"
	giveUpEnd = "give-up"
	unreadEnd = "?"
)

// branchEnd is how a path ends: the kinds of its returned values, and for
// a single returned call, that call and, for a retry verdict, its type.
type branchEnd struct {
	kinds       string
	verdictCall *ast.CallExpr // the one returned call, when its kind is unread
	verdictType types.Type    // the type of a retry verdict returned
}

// matchAndMiss returns the statements run when v matches and those run
// when it does not, up to the end of the function or of a block that
// ends in a return. ok is false where the comparison is not the plain
// condition of an if or the tag of a switch.
func (br BranchReader) matchAndMiss(c Comparison, v Value) (matched, missed []ast.Stmt, ok bool) {
	if sw, isSwitch := c.Node.(*ast.SwitchStmt); isSwitch {
		clause := ClauseOf(sw, v.At)
		if clause == nil {
			return nil, nil, false
		}
		for _, s := range sw.Body.List {
			if cc := s.(*ast.CaseClause); cc.List == nil {
				return clause.Body, cc.Body, true // the default clause
			}
		}
		return clause.Body, br.after(sw), true
	}
	negated := false
	if b, isBinary := c.Node.(*ast.BinaryExpr); isBinary && b.Op == token.NEQ {
		negated = true
	}
	for cur := ast.Node(c.Node); ; {
		parent := br.parents[cur]
		switch n := parent.(type) {
		case *ast.ParenExpr:
		case *ast.UnaryExpr:
			if n.Op != token.NOT {
				return nil, nil, false
			}
			negated = !negated
		case *ast.BinaryExpr:
			// In a && or || chain a missed code leaves this operand false;
			// the other operands do not match it either (nothing else in
			// the function covers it), so the chain takes the other path.
			// Under a negation that no longer holds.
			if (n.Op != token.LAND && n.Op != token.LOR) || negated {
				return nil, nil, false
			}
		case *ast.IfStmt:
			if n.Cond != cur {
				return nil, nil, false
			}
			then := n.Body.List
			var otherwise []ast.Stmt
			switch e := n.Else.(type) {
			case nil:
				otherwise = br.after(n)
			case *ast.BlockStmt:
				otherwise = e.List
			default:
				return nil, nil, false // else if: another comparison decides
			}
			if negated {
				return otherwise, then, true
			}
			return then, otherwise, true
		default:
			return nil, nil, false
		}
		cur = parent
	}
}

// after returns the statements that run after s when s completes
// normally: the rest of its block, and when that block is the body of an
// if, a case clause or a plain block, what follows those in turn. A loop
// body is not left this way (continue and the next iteration intervene).
func (br BranchReader) after(s ast.Stmt) []ast.Stmt {
	var out []ast.Stmt
	for cur := ast.Node(s); ; {
		parent := br.parents[cur]
		if _, isClause := cur.(*ast.CaseClause); isClause {
			cur = br.parents[parent] // past the switch body: after the switch
			continue
		}
		var list []ast.Stmt
		switch p := parent.(type) {
		case *ast.BlockStmt:
			list = p.List
		case *ast.CaseClause:
			list = p.Body
		case *ast.IfStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt:
			cur = parent
			continue
		default:
			return nil // a loop, a function literal's body, a select
		}
		for i, st := range list {
			if st == cur {
				out = append(out, list[i+1:]...)
				break
			}
		}
		if len(out) > 0 && endsInReturn(out) {
			return out
		}
		if _, isFunc := br.parents[parent].(*ast.FuncDecl); isFunc {
			return out // the end of the function
		}
		if _, isLit := br.parents[parent].(*ast.FuncLit); isLit {
			return out
		}
		cur = parent
	}
}

func endsInReturn(stmts []ast.Stmt) bool {
	_, ok := stmts[len(stmts)-1].(*ast.ReturnStmt)
	return ok
}

// endOf reads how a path ends: statements that only log, then a return.
func (br BranchReader) endOf(stmts []ast.Stmt) (branchEnd, bool) {
	for _, s := range stmts {
		switch s := s.(type) {
		case *ast.ReturnStmt:
			return br.returnEnd(s)
		case *ast.ExprStmt:
			if call, ok := s.X.(*ast.CallExpr); ok && br.onlyLogs(call) {
				continue
			}
		}
		return branchEnd{}, false
	}
	return branchEnd{}, false
}

// onlyLogs reports whether call writes a log line and nothing else: the
// log package, or fmt's printing functions.
func (br BranchReader) onlyLogs(call *ast.CallExpr) bool {
	fn, ok := flow.CalleeFunc(br.info, call)
	if !ok || fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() {
	case "log":
		return !strings.HasPrefix(fn.Name(), "Fatal") && !strings.HasPrefix(fn.Name(), "Panic")
	case "fmt":
		return strings.HasPrefix(fn.Name(), "Print")
	}
	return false
}

func (br BranchReader) returnEnd(ret *ast.ReturnStmt) (branchEnd, bool) {
	if len(ret.Results) == 0 {
		return branchEnd{}, false // named results: what they hold is not read
	}
	var end branchEnd
	kinds := make([]string, len(ret.Results))
	for i, r := range ret.Results {
		kinds[i] = br.valueKind(r)
		if call, ok := ast.Unparen(r).(*ast.CallExpr); ok && len(ret.Results) == 1 {
			switch kinds[i] {
			case unreadEnd:
				end.verdictCall = call
			case retryEnd, giveUpEnd:
				end.verdictType = br.info.TypeOf(call)
			}
		}
	}
	end.kinds = strings.Join(kinds, ",")
	return end, true
}

// errorMakers are the functions whose result is a new, non-nil error.
var errorMakers = map[string][]string{
	"fmt":                   {"Errorf"},
	"errors":                {"New", "Join"},
	"github.com/pkg/errors": {"New", "Errorf", "WithStack", "Wrap", "Wrapf", "WithMessage", "WithMessagef"},
}

// valueKind classifies one returned value.
func (br BranchReader) valueKind(e ast.Expr) string {
	e = ast.Unparen(e)
	switch e := e.(type) {
	case *ast.Ident:
		switch obj := br.info.Uses[e].(type) {
		case *types.Nil:
			return nilEnd
		case *types.Const:
			return obj.Val().ExactString()
		case *types.Var:
			// An error variable returned from the error path: the error
			// being handled, not nil.
			if types.Identical(obj.Type(), errorType) {
				return errorEnd
			}
		}
	case *ast.BasicLit:
		return e.Value
	case *ast.CallExpr:
		if out := constructorOutcome(br.info, &ast.ReturnStmt{Results: []ast.Expr{e}}); out != OutcomeUnknown {
			return map[Outcome]string{OutcomeRetry: retryEnd, OutcomeGiveUp: giveUpEnd}[out]
		}
		if fn, ok := flow.CalleeFunc(br.info, e); ok && fn.Pkg() != nil {
			for _, name := range errorMakers[fn.Pkg().Path()] {
				if fn.Name() == name {
					return errorEnd
				}
			}
		}
	}
	return unreadEnd
}

// EndsAlike reports whether two branches end the same way, by the rules
// of MissEndsAlike: each only logs, then returns values of the same kinds.
func (br BranchReader) EndsAlike(a, b []ast.Stmt) bool {
	x, okX := br.endOf(a)
	y, okY := br.endOf(b)
	return okX && okY && x.kinds == y.kinds && !strings.Contains(x.kinds, unreadEnd)
}

// MissOutcome tells what a code that value v of comparison c does not
// match leads to in a piece of retry logic, when the path it takes starts
// (past log lines) with a decisive return or branch; unknown otherwise.
func (br BranchReader) MissOutcome(p RetryPiece, c Comparison, v Value) Outcome {
	_, missed, ok := br.matchAndMiss(c, v)
	if !ok {
		return OutcomeUnknown
	}
	for _, s := range missed {
		switch s := s.(type) {
		case *ast.ExprStmt:
			if call, ok := s.X.(*ast.CallExpr); ok && br.onlyLogs(call) {
				continue
			}
		case *ast.ReturnStmt, *ast.BranchStmt:
			return p.forCallers(br.statementOutcome(p, s, nesting{}))
		}
		return OutcomeUnknown
	}
	return OutcomeUnknown
}
