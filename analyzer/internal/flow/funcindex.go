package flow

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
)

// sourceKind says how a variable got a value.
type sourceKind int

const (
	SrcAssign     sourceKind = iota // v = expr, v := expr, var v = expr
	SrcTuple                        // v is result index of a multi-value expression
	SrcRangeKey                     // for v := range expr
	SrcRangeValue                   // for _, v := range expr
	SrcTypeSwitch                   // switch v := expr.(type)
	SrcErrorsAs                     // errors.As(expr, &v)
	SrcOpaque                       // anything we do not follow: &v, v++, ...
)

// Source is one way a local variable receives a value.
type Source struct {
	Kind  sourceKind
	Expr  ast.Expr // the assigned, ranged, switched or errors.As source
	Index int      // result index for srcTuple
	at    ast.Node // the node that assigns: where the value is set
	// inClosure is set when the assignment is inside a function literal
	// of the body: it runs whenever that is called.
	inClosure bool
	// around is what holds the statement that assigns (a block, a case,
	// an if or loop header): the assignment dominates a use inside it.
	around ast.Node
}

// FuncIndex records, for one top-level function and the closures inside it,
// every way each local variable gets a value. Resolving a variable is then
// flow-insensitive: it may hold any of its sources. That is conservative
// for our purposes, because every check asks whether a code is valid for
// any of the products the value may come from.
type FuncIndex struct {
	info     *types.Info
	body     ast.Node
	Sources  map[*types.Var][]Source
	parents  map[ast.Node]ast.Node // built on first use: see Parents
	current  ast.Node              // the node being visited, recorded as source.at
	stack    []ast.Node            // the nodes around current, while indexing
	literals int                   // function literals around current
	// asTargets holds the &v operands of errors.As calls. ast.Inspect
	// visits the call before its arguments, so the set is filled in time.
	asTargets map[*ast.UnaryExpr]bool
	// namedResults are the function's named results.
	namedResults map[*types.Var]bool
	// closureSources indexes, per variable, its sources in closures.
	closureSources map[*types.Var][]int
	// hasGoto: the body jumps with goto, perhaps backwards, which brings
	// assignments written after a use back to it (Reaching).
	hasGoto bool
}

func NewFuncIndex(info *types.Info, body ast.Node) *FuncIndex {
	ix := &FuncIndex{info: info, body: body, Sources: map[*types.Var][]Source{},
		asTargets: map[*ast.UnaryExpr]bool{}, namedResults: map[*types.Var]bool{}}
	ast.Inspect(body, func(n ast.Node) bool {
		stack := ix.stack
		if n == nil {
			if _, ok := stack[len(stack)-1].(*ast.FuncLit); ok {
				ix.literals--
			}
			ix.stack = stack[:len(stack)-1]
			return false
		}
		ix.stack = append(stack, n)
		if _, ok := n.(*ast.FuncLit); ok {
			ix.literals++
		}
		ix.current = n
		ix.visit(n)
		return true
	})
	ix.closureSources = map[*types.Var][]int{}
	for v, srcs := range ix.Sources {
		sort.SliceStable(srcs, func(i, j int) bool { return srcs[i].at.Pos() < srcs[j].at.Pos() })
		for i := range srcs {
			if srcs[i].inClosure {
				ix.closureSources[v] = append(ix.closureSources[v], i)
			}
		}
	}
	return ix
}

// Parents maps each node of the body to the node around it. Built on
// first use: most indexes only ever answer which sources a variable has
// (a function summarized for its callers, whose error has one source),
// and the map is as big as the body's syntax.
func (ix *FuncIndex) Parents() map[ast.Node]ast.Node {
	if ix.parents == nil {
		ix.parents = map[ast.Node]ast.Node{}
		var stack []ast.Node
		ast.Inspect(ix.body, func(n ast.Node) bool {
			if n == nil {
				stack = stack[:len(stack)-1]
				return false
			}
			if len(stack) > 0 {
				ix.parents[n] = stack[len(stack)-1]
			}
			stack = append(stack, n)
			return true
		})
	}
	return ix.parents
}

// IsLocal reports whether v is declared inside the indexed body or is a
// named result, as opposed to a parameter, a package variable or a field.
func (ix *FuncIndex) IsLocal(v *types.Var) bool {
	return v.Pos() >= ix.body.Pos() && v.Pos() < ix.body.End() || ix.namedResults[v]
}

// AddNamedResults makes the function's named results local: the body
// assigns them, and a bare return returns them.
func (ix *FuncIndex) AddNamedResults(typ *ast.FuncType) {
	if typ.Results == nil {
		return
	}
	for _, field := range typ.Results.List {
		for _, name := range field.Names {
			if v, ok := ix.info.Defs[name].(*types.Var); ok {
				ix.namedResults[v] = true
			}
		}
	}
}

func (ix *FuncIndex) visit(n ast.Node) {
	switch n := n.(type) {
	case *ast.AssignStmt:
		if n.Tok == token.ASSIGN || n.Tok == token.DEFINE {
			ix.visitAssign(n.Lhs, n.Rhs)
		} else {
			for _, lhs := range n.Lhs { // code += "NotFound": known at run time only
				ix.add(lhs, Source{Kind: SrcOpaque})
			}
		}
	case *ast.ValueSpec:
		lhs := make([]ast.Expr, len(n.Names))
		for i, id := range n.Names {
			lhs[i] = id
		}
		ix.visitAssign(lhs, n.Values)
	case *ast.RangeStmt:
		ix.add(n.Key, Source{Kind: SrcRangeKey, Expr: n.X})
		ix.add(n.Value, Source{Kind: SrcRangeValue, Expr: n.X})
	case *ast.TypeSwitchStmt:
		ix.visitTypeSwitch(n)
	case *ast.IncDecStmt:
		ix.add(n.X, Source{Kind: SrcOpaque})
	case *ast.UnaryExpr:
		if n.Op == token.AND && !ix.asTargets[n] {
			ix.add(n.X, Source{Kind: SrcOpaque})
		}
	case *ast.CallExpr:
		ix.visitErrorsAs(n)
	case *ast.BranchStmt:
		ix.hasGoto = ix.hasGoto || n.Tok == token.GOTO
	}
}

func (ix *FuncIndex) visitAssign(lhs, rhs []ast.Expr) {
	switch {
	case len(lhs) == len(rhs):
		for i := range lhs {
			ix.add(lhs[i], Source{Kind: SrcAssign, Expr: rhs[i]})
		}
	case len(rhs) == 1:
		for i := range lhs {
			ix.add(lhs[i], Source{Kind: SrcTuple, Expr: rhs[0], Index: i})
		}
	}
	// A ValueSpec without values (var v T) holds the zero value: nothing to record.
}

func (ix *FuncIndex) visitTypeSwitch(n *ast.TypeSwitchStmt) {
	assign, ok := n.Assign.(*ast.AssignStmt)
	if !ok || len(assign.Rhs) != 1 {
		return
	}
	ta, ok := assign.Rhs[0].(*ast.TypeAssertExpr)
	if !ok {
		return
	}
	for _, stmt := range n.Body.List {
		if v, ok := ix.info.Implicits[stmt].(*types.Var); ok {
			ix.Sources[v] = append(ix.Sources[v], ix.stamp(Source{Kind: SrcTypeSwitch, Expr: ta.X}))
		}
	}
}

// visitErrorsAs records errors.As(x, &v) as a source of v, and not as the
// opaque address-of it also is.
func (ix *FuncIndex) visitErrorsAs(call *ast.CallExpr) {
	if !IsErrorsAs(ix.info, call) || len(call.Args) != 2 {
		return
	}
	u, ok := ast.Unparen(call.Args[1]).(*ast.UnaryExpr)
	if !ok || u.Op != token.AND {
		return
	}
	ix.asTargets[u] = true
	ix.add(u.X, Source{Kind: SrcErrorsAs, Expr: call.Args[0]})
}

func (ix *FuncIndex) add(e ast.Expr, s Source) {
	v := ix.localVar(e)
	if v == nil {
		return
	}
	ix.Sources[v] = append(ix.Sources[v], ix.stamp(s))
}

func (ix *FuncIndex) localVar(e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || id.Name == "_" {
		return nil
	}
	v, _ := ix.info.ObjectOf(id).(*types.Var)
	if v == nil || v.IsField() {
		return nil
	}
	return v
}

// stamp records where a source is set: the node being visited, whether a
// function literal is around it, and what holds its statement.
func (ix *FuncIndex) stamp(s Source) Source {
	s.at = ix.current
	s.inClosure = ix.literals > 0
	for i := len(ix.stack) - 1; i > 0; i-- {
		if _, ok := ix.stack[i].(ast.Stmt); ok {
			s.around = ix.stack[i-1]
			break
		}
	}
	return s
}
