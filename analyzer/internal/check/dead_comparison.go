package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/extract"
	"github.com/tcerrcheck/tcerrcheck/codes"
)

// A comparison with an invalid code whose correction is compared right
// beside it (`code == "InternalError.ClusterNotFound" || code ==
// "ResourceNotFound.ClusterNotFound"`, a switch listing both spellings)
// is not a typo to fix: the right code is already handled, and the wrong
// one is dead weight. Suggesting the code again would only duplicate it.

// deadComparison rewords vd for a value whose replacement is compared
// next to it, and drops the fix.
func deadComparison(vd verdict) verdict {
	return verdict{message: fmt.Sprintf("%s; %q is compared next to it, so this comparison never matches anything more and can go", vd.subject, vd.replacement)}
}

// comparedAlongside reports whether code is compared exactly with the
// same code expression as v, in the same switch or the same chain of ||
// and && operands.
func (fc *funcCheck) comparedAlongside(c extract.Comparison, v extract.Value, code string) bool {
	if _, ok := c.Node.(*ast.SwitchStmt); ok {
		for _, o := range c.Values {
			if o.At != v.At && o.Text == code && o.Mode == v.Mode {
				return true
			}
		}
		return false
	}
	chain := fc.logicalChainOf(c.Node)
	if chain == nil || c.Code == nil {
		return false
	}
	operand := types.ExprString(c.Code)
	for _, o := range fc.comps {
		if o.Code == nil || o.Node == c.Node || o.Node.Pos() < chain.Pos() || o.Node.End() > chain.End() ||
			types.ExprString(o.Code) != operand {
			continue
		}
		for _, ov := range o.Values {
			if ov.Text == code && ov.Mode == v.Mode {
				return true
			}
		}
	}
	return false
}

// logicalChainOf returns the outermost || or && expression of the
// function that contains n, nil when none does.
func (fc *funcCheck) logicalChainOf(n ast.Node) *ast.BinaryExpr {
	var chain *ast.BinaryExpr
	ast.Inspect(fc.unit.Body, func(m ast.Node) bool {
		if chain != nil || m == nil || m.Pos() > n.Pos() || m.End() < n.End() {
			return false // found already, or m does not contain n
		}
		if b, ok := m.(*ast.BinaryExpr); ok && (b.Op == token.LOR || b.Op == token.LAND) {
			chain = b
			return false
		}
		return true
	})
	return chain
}

// validAlongside reports whether a value the origin can return is
// compared in the same case clause as v, or with the same code
// expression in the same chain of || operands: the branch is taken for that code, and a code of another
// product beside it (copied along with the handling) is dead weight that
// changes nothing. The chain must be of || alone: under && the other
// operand is not an alternative.
func (fc *funcCheck) validAlongside(c extract.Comparison, v extract.Value) bool {
	valid := func(o extract.Value) bool {
		return o.At != v.At && codesLike(o) && fc.st.know.valid(query{Value: o, origin: c.Ref.Origin})
	}
	if sw, ok := c.Node.(*ast.SwitchStmt); ok {
		clause := extract.ClauseOf(sw, v.At)
		for _, o := range c.Values {
			if clause != nil && extract.ClauseOf(sw, o.At) == clause && valid(o) {
				return true
			}
		}
		return false
	}
	chains := fc.orChainsAbove(c.Node)
	if len(chains) == 0 {
		return false
	}
	if c.Code == nil {
		return false
	}
	operand := types.ExprString(c.Code)
	for _, o := range fc.comps {
		if o.Node == c.Node || o.Code == nil || types.ExprString(o.Code) != operand {
			continue // another error's code is no alternative
		}
		for chain := range fc.orChainsAbove(o.Node) {
			if chains[chain] {
				for _, ov := range o.Values {
					if valid(ov) {
						return true
					}
				}
			}
		}
	}
	return false
}

// orChainsAbove returns the || expressions n is an operand of, climbing
// through parentheses and || only.
func (fc *funcCheck) orChainsAbove(n ast.Node) map[*ast.BinaryExpr]bool {
	parents := fc.st.FuncIndex(fc.unit).Parents()
	chains := map[*ast.BinaryExpr]bool{}
	for cur := parents[n]; ; cur = parents[cur] {
		switch p := cur.(type) {
		case *ast.ParenExpr:
			continue
		case *ast.BinaryExpr:
			if p.Op == token.LOR {
				chains[p] = true
				continue
			}
		}
		return chains
	}
}

// codesLike reports whether a compared value is a code at all.
func codesLike(v extract.Value) bool { return codes.IsCodeShaped(v.Text) }

// shadowedComparison rewords vd for a value whose replacement an earlier
// case or else-if already matches: fixed, it would still never be reached.
func shadowedComparison(vd verdict) verdict {
	return verdict{message: fmt.Sprintf("%s; %q is matched by an earlier case already, so this comparison would never be reached even fixed, and can go", vd.subject, vd.replacement)}
}

// matchedEarlier reports whether an earlier case of the same tagless
// switch, or an earlier condition of the same if/else-if chain, matches
// code on the same code expression: switch { case
// strings.HasPrefix(code, "RequestLimitExceeded"): ... case code ==
// "InvalidRequest.LimitExceeded": } rewritten to "RequestLimitExceeded"
// would be dead.
func (fc *funcCheck) matchedEarlier(c extract.Comparison, code string) bool {
	if c.Code == nil {
		return false
	}
	operand := types.ExprString(c.Code)
	earlier := fc.earlierConditions(c.Node)
	for _, o := range fc.comps {
		if o.Code == nil || types.ExprString(o.Code) != operand {
			continue
		}
		for _, cond := range earlier {
			if o.Node.Pos() < cond.Pos() || o.Node.End() > cond.End() {
				continue
			}
			for _, ov := range o.Values {
				if matches(ov.Mode, ov.Text, code) {
					return true
				}
			}
		}
	}
	return false
}

// earlierConditions returns the conditions tried before the one holding n:
// the case expressions of earlier clauses of a tagless switch, or the
// conditions of earlier ifs of an else-if chain.
func (fc *funcCheck) earlierConditions(n ast.Node) []ast.Expr {
	branches, _ := fc.earlierBranches(n)
	conds := make([]ast.Expr, len(branches))
	for i, b := range branches {
		conds[i] = b.cond
	}
	return conds
}
