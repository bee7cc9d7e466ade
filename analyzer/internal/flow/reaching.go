package flow

import (
	"go/ast"
	"go/types"
	"sort"
)

// Reaching returns the sources of v that may reach the use of v at use.
// One error variable is often reused for calls to several products:
//
//	_, err := cvmClient.DescribeInstances(req)  // check cvm codes here
//	_, err = cdnClient.PurgeUrlsCache(req2)     // and cdn codes here
//
// so each use sees the latest assignment that certainly runs before it (one
// in a block enclosing the use) and the assignments after that one, plus
// those that can run later and still reach it: in an enclosing loop, or in
// a closure. A use inside a closure may run at any time: it sees them all,
// unless the closure itself assigns the variable before the use, on every
// path (err set outside, then reassigned inside a polling closure and
// compared there); then it sees that assignment, the ones after it in the
// closure, and those of other closures.
func (ix *FuncIndex) Reaching(v *types.Var, use ast.Node) []Source {
	all := ix.Sources[v] // in source order
	if len(all) < 2 || ix.hasGoto {
		// With goto any assignment may come before any use: the
		// provider's paging loops (getMoreData: ... goto getMoreData).
		return all
	}
	// The nodes around the use, from the body down, and the innermost
	// function literal among them: found by descent, not from a map of
	// every node's parent, which most indexes never need.
	path := ix.pathTo(use)
	from := 0
	var lit *ast.FuncLit
	for i := len(path) - 2; i >= 0; i-- {
		if l, ok := path[i].(*ast.FuncLit); ok {
			lit, from = l, i
			break
		}
	}
	ancestors := map[ast.Node]bool{}
	var outerLoop ast.Node
	for _, n := range path[from:max(len(path)-1, from)] { // the closure's own loops and blocks only
		ancestors[n] = true
		switch n.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			if outerLoop == nil {
				outerLoop = n
			}
		}
	}
	usePos := use.Pos()
	after := sort.Search(len(all), func(i int) bool { return all[i].at.Pos() >= usePos })
	// The latest assignment before the use that certainly runs: searched
	// back a bounded way, so that a long function stays linear. Past the
	// bound every earlier assignment counts, which only merges origins.
	start := -1
	for i := after - 1; i >= 0 && i >= after-maxDominatorScan; i-- {
		if (lit != nil || !all[i].inClosure) && dominates(all[i], ancestors) {
			start = i
			break
		}
	}
	if lit != nil && start < 0 {
		return all
	}
	start = max(start, 0)
	// Assignments after the use inside a loop around it come back on the
	// next iteration.
	end := after
	if outerLoop != nil {
		loopEnd := outerLoop.End()
		end = sort.Search(len(all), func(i int) bool { return all[i].at.Pos() >= loopEnd })
	}
	out := append([]Source(nil), all[start:end]...)
	for _, i := range ix.closureSources[v] {
		if i >= start && i < end {
			continue
		}
		if lit != nil && all[i].at.Pos() >= lit.Pos() && all[i].at.Pos() < lit.End() {
			continue // the closure's own, outside the window
		}
		out = append(out, all[i]) // runs whenever the closure is called
	}
	return out
}

// pathTo returns the nodes from the body down to n, n included; nil when
// n is not in the body. Siblings never overlap, so one child at most
// holds n at each level.
func (ix *FuncIndex) pathTo(n ast.Node) []ast.Node {
	var path []ast.Node
	found := false
	ast.Inspect(ix.body, func(m ast.Node) bool {
		if m == nil || found || m.Pos() > n.Pos() || m.End() < n.End() {
			return false
		}
		path = append(path, m)
		found = m == n
		return !found
	})
	if !found {
		return nil
	}
	return path
}

// maxDominatorScan bounds the search back for an assignment that certainly
// runs before a use.
const maxDominatorScan = 64

// dominates reports whether the statement holding a source's assignment
// is a direct statement of a block (or the init of an if, for or switch)
// that encloses the use: then it runs whenever the use does.
func dominates(s Source, useAncestors map[ast.Node]bool) bool {
	switch s.around.(type) {
	case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause, *ast.IfStmt, *ast.ForStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt:
		return useAncestors[s.around]
	}
	return false
}
