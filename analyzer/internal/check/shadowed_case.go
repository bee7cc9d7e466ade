package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/extract"
)

// checkShadowedCase reports a code compared in a case of a tagless switch,
// or in an else-if, that an earlier case or if already matches on the same
// code expression (switch { case strings.HasPrefix(code, "AuthFailure."):
// ... case code == "AuthFailure.SecretIdNotFound": ... }): the later
// branch is never taken. Not when the two branches end alike: then nothing
// is lost.
func (fc *funcCheck) checkShadowedCase(c extract.Comparison, v extract.Value) (verdict, bool) {
	if c.Code == nil {
		return verdict{}, false
	}
	earlier, body := fc.earlierBranches(c.Node)
	if len(earlier) == 0 {
		return verdict{}, false
	}
	operand := types.ExprString(c.Code)
	for _, o := range fc.comps {
		if o.Code == nil || o.Node == c.Node || types.ExprString(o.Code) != operand {
			continue
		}
		for _, br := range earlier {
			if o.Node.Pos() < br.cond.Pos() || o.Node.End() > br.cond.End() || !plainOperand(fc, o, br.cond) {
				continue
			}
			for _, ov := range o.Values {
				if ov.Mode == extract.MatchExact && ov.Text == v.Text {
					continue // the same code twice: another matter
				}
				if !matchesValue(ov, v) {
					continue
				}
				if fc.st.Branches(fc.unit).EndsAlike(br.body, body) {
					return verdict{}, false
				}
				return verdict{message: fmt.Sprintf("%q is matched by an earlier case already (%s), so this branch is never taken", v.Text, describeMatch(ov))}, true
			}
		}
	}
	return verdict{}, false
}

// matchesValue reports whether an earlier value matches every code that
// later value v matches: a prefix or first segment covering v's code.
func matchesValue(earlier, v extract.Value) bool {
	if v.Mode != extract.MatchExact {
		return false
	}
	return earlier.Mode != extract.MatchExact && matches(earlier.Mode, earlier.Text, v.Text)
}

func describeMatch(v extract.Value) string {
	switch v.Mode {
	case extract.MatchPrefix:
		return fmt.Sprintf("the prefix %q", v.Text)
	case extract.MatchRoot:
		return fmt.Sprintf("the family %q", v.Text)
	case extract.MatchSubstring:
		return fmt.Sprintf("the substring %q", v.Text)
	case extract.MatchFold:
		return fmt.Sprintf("%q in any case", v.Text)
	}
	return fmt.Sprintf("%q", v.Text)
}

// plainOperand reports whether comparison o decides cond alone or in a
// || chain: under && or ! the earlier branch may not be taken.
func plainOperand(fc *funcCheck, o extract.Comparison, cond ast.Expr) bool {
	parents := fc.st.FuncIndex(fc.unit).Parents()
	for cur := ast.Node(o.Node); cur != cond; {
		switch p := parents[cur].(type) {
		case *ast.ParenExpr:
			cur = p
		case *ast.BinaryExpr:
			if p.Op != token.LOR {
				return false
			}
			cur = p
		default:
			return false
		}
	}
	return true
}

// branch is an earlier condition and the statements it guards.
type branch struct {
	cond ast.Expr
	body []ast.Stmt
}

// earlierBranches returns the branches tried before the one whose
// condition holds n, and the statements n's own branch guards: earlier
// cases of a tagless switch, earlier ifs of an else-if chain, and the ifs
// just before the chain that never fall through to it.
func (fc *funcCheck) earlierBranches(n ast.Node) ([]branch, []ast.Stmt) {
	parents := fc.st.FuncIndex(fc.unit).Parents()
	for cur := n; cur != nil; cur = parents[cur] {
		switch p := parents[cur].(type) {
		case *ast.CaseClause:
			sw, ok := parents[parents[p]].(*ast.SwitchStmt)
			if !ok || sw.Tag != nil {
				return nil, nil
			}
			var out []branch
			for _, s := range sw.Body.List {
				cc := s.(*ast.CaseClause)
				if cc == p {
					return out, p.Body
				}
				for _, e := range cc.List {
					out = append(out, branch{e, cc.Body})
				}
			}
			return nil, nil
		case *ast.IfStmt:
			if p.Cond != cur {
				return nil, nil
			}
			var out []branch
			own := p.Body.List
			for prev, ok := parents[p].(*ast.IfStmt); ok && prev.Else == p; prev, ok = parents[prev].(*ast.IfStmt) {
				out = append(out, branch{prev.Cond, prev.Body.List})
				p = prev
			}
			return append(out, fc.leavingIfsBefore(p)...), own
		case *ast.ParenExpr, *ast.BinaryExpr:
			continue
		default:
			return nil, nil
		}
	}
	return nil, nil
}

// leavingIfsBefore returns the ifs right before stmt in its block that
// leave it when taken (their body ends in a return, a break, a continue or
// a panic) and have no init or else: when one of them is taken, stmt
// never runs, as if it were an else-if of theirs.
//
//	if strings.HasPrefix(e.Code, "AuthFailure.") { return errNoPermission }
//	if e.Code == "AuthFailure.SecretIdNotFound" { ... } // never true
func (fc *funcCheck) leavingIfsBefore(stmt ast.Stmt) []branch {
	var list []ast.Stmt
	switch p := fc.st.FuncIndex(fc.unit).Parents()[stmt].(type) {
	case *ast.BlockStmt:
		list = p.List
	case *ast.CaseClause:
		list = p.Body
	case *ast.CommClause:
		list = p.Body
	default:
		return nil
	}
	at := -1
	for i, s := range list {
		if s == stmt {
			at = i
		}
	}
	var out []branch
	for i := at - 1; i >= 0; i-- {
		prev, ok := list[i].(*ast.IfStmt)
		if !ok || prev.Init != nil || prev.Else != nil || !leaves(prev.Body) {
			break
		}
		out = append(out, branch{prev.Cond, prev.Body.List})
	}
	return out
}

// leaves reports whether a block's last statement leaves it for good.
func leaves(body *ast.BlockStmt) bool {
	if len(body.List) == 0 {
		return false
	}
	switch last := body.List[len(body.List)-1].(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.BranchStmt:
		return last.Tok == token.BREAK || last.Tok == token.CONTINUE || last.Tok == token.GOTO
	case *ast.ExprStmt:
		call, ok := last.X.(*ast.CallExpr)
		if !ok {
			return false
		}
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		return ok && id.Name == "panic"
	}
	return false
}
