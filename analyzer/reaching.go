package analyzer

import (
	"go/ast"
	"go/types"
)

// reaching returns the sources of v that may reach the use of v at use.
// One error variable is often reused for calls to several products:
//
//	_, err := cvmClient.DescribeInstances(req)  // check cvm codes here
//	_, err = cdnClient.PurgeUrlsCache(req2)     // and cdn codes here
//
// so each use sees the latest assignment that certainly runs before it (one
// in a block enclosing the use) and the assignments after that one, plus
// those that can run later and still reach it: in an enclosing loop, or in
// a closure. A use inside a closure may run at any time and sees them all.
func (ix *funcIndex) reaching(v *types.Var, use ast.Node) []source {
	all := ix.sources[v]
	if len(all) < 2 || ix.inClosure(use) {
		return all
	}
	ancestors := map[ast.Node]bool{}
	for n := ix.parents[use]; n != nil; n = ix.parents[n] {
		ancestors[n] = true
	}
	start := ast.Node(nil)
	for _, s := range all {
		if s.at != nil && s.at.Pos() < use.Pos() && ix.dominates(s.at, ancestors) && (start == nil || s.at.Pos() > start.Pos()) {
			start = s.at
		}
	}
	var out []source
	for _, s := range all {
		switch {
		case s.at == nil || ix.inClosure(s.at):
			out = append(out, s) // runs whenever the closure is called
		case s.at.Pos() < use.Pos():
			if start == nil || s.at.Pos() >= start.Pos() {
				out = append(out, s)
			}
		case ix.inLoopWith(s.at, ancestors):
			out = append(out, s) // the next iteration brings it back
		}
	}
	return out
}

// dominates reports whether the statement holding assignment node at is a
// direct statement of a block (or the init of an if, for or switch) that
// encloses the use: then it runs whenever the use does.
func (ix *funcIndex) dominates(at ast.Node, useAncestors map[ast.Node]bool) bool {
	stmt := ix.enclosingStmt(at)
	if stmt == nil {
		return false
	}
	parent := ix.parents[stmt]
	switch parent.(type) {
	case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause, *ast.IfStmt, *ast.ForStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt:
		return useAncestors[parent]
	}
	return false
}

func (ix *funcIndex) enclosingStmt(n ast.Node) ast.Stmt {
	for ; n != nil; n = ix.parents[n] {
		if s, ok := n.(ast.Stmt); ok {
			return s
		}
	}
	return nil
}

// inLoopWith reports whether n is inside a loop that also encloses the use.
func (ix *funcIndex) inLoopWith(n ast.Node, useAncestors map[ast.Node]bool) bool {
	for p := ix.parents[n]; p != nil; p = ix.parents[p] {
		switch p.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			if useAncestors[p] {
				return true
			}
		}
	}
	return false
}

// inClosure reports whether n is inside a function literal of the body.
func (ix *funcIndex) inClosure(n ast.Node) bool {
	for p := ix.parents[n]; p != nil; p = ix.parents[p] {
		if _, ok := p.(*ast.FuncLit); ok {
			return true
		}
	}
	return false
}
