package extract

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/flow"
	"github.com/tcerrcheck/tcerrcheck/codes"
)

// Value is one string a code is compared with.
type Value struct {
	Text string
	// At is where a diagnostic about the value goes: the literal or name
	// at the comparison, or the element of a code list.
	At ast.Expr
	// Lit is the literal a fix rewrites (nil when there is none in this
	// package, e.g. an SDK constant).
	Lit *ast.BasicLit
	// SdkConst is set for a constant of an SDK product package.
	SdkConst bool
	// Mode is how the comparison matches the code against text.
	Mode MatchMode
	// Before and after surround the code inside the literal ("Code=X,"
	// searched in err.Error()); a fix keeps them.
	Before, After string
	// FromParam is set for the value of a parameter of the function (a
	// code helper's list): param is its index, text is empty.
	FromParam bool
	Param     int
	// Builtin is set for a code of a helper's own list seen at a call:
	// it counts for coverage, but is checked inside the helper.
	Builtin bool
	// Classifier is set for a code of another package's classifier seen
	// at its call (at is the call): only family-exact judges it here, and
	// helperResult is what the classifier returns when it matches
	// (outcomeRetry for true, outcomeUnknown when not known).
	Classifier   *types.Func
	helperResult Outcome
}

// maxValueDepth bounds how far values are chased through variables.
const maxValueDepth = 8

// valuesOf returns the constant strings e may hold: a constant
// expression, or a variable (local or package-level) assigned such
// constants. Values it cannot see are left out.
func (r *originResolver) valuesOf(e ast.Expr) []Value {
	return r.scalarValues(e, e, 0)
}

// membersOf returns the constant strings a code list or set holds: the
// elements of a slice or array literal, the keys of a map literal, also
// through variables.
func (r *originResolver) membersOf(e ast.Expr) []Value {
	return r.collectionValues(e, 0)
}

func (r *originResolver) scalarValues(e, site ast.Expr, depth int) []Value {
	if depth > maxValueDepth {
		return nil
	}
	info := r.st.Pass.TypesInfo
	e = ast.Unparen(e)
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		if tv.Value.Kind() != constant.String {
			return nil
		}
		return []Value{r.constValue(e, site, constant.StringVal(tv.Value))}
	}
	if id, ok := e.(*ast.Ident); ok {
		if v, ok := info.ObjectOf(id).(*types.Var); ok {
			if k, ok := r.stringParams[v]; ok && len(r.index().Sources[v]) == 0 {
				return []Value{{At: site, FromParam: true, Param: k}}
			}
		}
		return r.varValues(id, depth, func(s flow.Source) []Value {
			if s.Kind == flow.SrcAssign {
				return r.scalarValues(s.Expr, site, depth+1)
			}
			if s.Kind == flow.SrcRangeValue || s.Kind == flow.SrcRangeKey {
				return r.rangeValues(s, depth+1)
			}
			return nil
		})
	}
	return nil
}

func (r *originResolver) constValue(e, site ast.Expr, text string) Value {
	v := Value{Text: text, At: site}
	switch e := e.(type) {
	case *ast.BasicLit:
		v.Lit = e
	case *ast.Ident:
		v.Lit, v.SdkConst = r.st.constLiteral(r.st.Pass.TypesInfo.ObjectOf(e))
	case *ast.SelectorExpr:
		v.Lit, v.SdkConst = r.st.constLiteral(r.st.Pass.TypesInfo.ObjectOf(e.Sel))
	}
	return v
}

func (r *originResolver) collectionValues(e ast.Expr, depth int) []Value {
	if depth > maxValueDepth {
		return nil
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		return r.compositeValues(e, depth)
	case *ast.CallExpr:
		return r.appendValues(e, depth)
	case *ast.Ident:
		if v, ok := r.st.Pass.TypesInfo.ObjectOf(e).(*types.Var); ok {
			if k, ok := r.listParams[v]; ok && len(r.index().Sources[v]) == 0 {
				return []Value{{At: e, FromParam: true, Param: k}}
			}
		}
		values := r.varValues(e, depth, func(s flow.Source) []Value {
			if s.Kind == flow.SrcAssign {
				return r.collectionValues(s.Expr, depth+1)
			}
			return nil
		})
		return append(values, r.keysSetLater(e, depth)...)
	}
	return nil
}

// keysSetLater returns the keys a function stores into its local map:
//
//	retryable := map[string]bool{}
//	retryable["InternalError"] = true
func (r *originResolver) keysSetLater(id *ast.Ident, depth int) []Value {
	info := r.st.Pass.TypesInfo
	v, ok := info.ObjectOf(id).(*types.Var)
	if !ok || !r.index().IsLocal(v) {
		return nil
	}
	if _, isMap := v.Type().Underlying().(*types.Map); !isMap {
		return nil
	}
	var out []Value
	ast.Inspect(r.unit.Body, func(n ast.Node) bool {
		assign, ok := n.(*ast.AssignStmt)
		if !ok {
			return true
		}
		for _, lhs := range assign.Lhs {
			if ix, ok := ast.Unparen(lhs).(*ast.IndexExpr); ok {
				if m, ok := ast.Unparen(ix.X).(*ast.Ident); ok && info.Uses[m] == v {
					out = append(out, r.scalarValues(ix.Index, ix.Index, depth+1)...)
				}
			}
		}
		return true
	})
	return out
}

// appendValues handles append(defaults, extra...): a retry helper merging
// its built-in list with its caller's.
func (r *originResolver) appendValues(call *ast.CallExpr, depth int) []Value {
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); !ok || id.Name != "append" || len(call.Args) == 0 {
		return nil
	}
	if _, isBuiltin := r.st.Pass.TypesInfo.Uses[ast.Unparen(call.Fun).(*ast.Ident)].(*types.Builtin); !isBuiltin {
		return nil
	}
	out := r.collectionValues(call.Args[0], depth+1)
	for _, arg := range call.Args[1:] {
		if call.Ellipsis.IsValid() {
			out = append(out, r.collectionValues(arg, depth+1)...)
		} else {
			out = append(out, r.scalarValues(arg, arg, depth+1)...)
		}
	}
	return out
}

// compositeValues returns the elements of a []string / [N]string literal or
// the keys of a map[string]T literal.
func (r *originResolver) compositeValues(lit *ast.CompositeLit, depth int) []Value {
	t := r.st.Pass.TypesInfo.TypeOf(lit)
	if t == nil {
		return nil
	}
	_, isMap := t.Underlying().(*types.Map)
	var out []Value
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if isMap {
				elt = kv.Key
			} else {
				elt = kv.Value
			}
		}
		out = append(out, r.scalarValues(elt, elt, depth+1)...)
	}
	return out
}

// rangeValues handles for _, c := range codeList { if code == c ... }:
// the values of c are the list's elements (or the map's keys).
func (r *originResolver) rangeValues(s flow.Source, depth int) []Value {
	t := r.st.Pass.TypesInfo.TypeOf(s.Expr)
	if t == nil {
		return nil
	}
	_, isMap := t.Underlying().(*types.Map)
	if isMap != (s.Kind == flow.SrcRangeKey) {
		return nil // map values and slice indexes are not codes
	}
	return r.collectionValues(s.Expr, depth)
}

// varValues gathers the values of a variable from each of its sources;
// package-level variables contribute their initializer.
func (r *originResolver) varValues(id *ast.Ident, depth int, of func(flow.Source) []Value) []Value {
	v, ok := r.st.Pass.TypesInfo.ObjectOf(id).(*types.Var)
	if !ok || r.visiting[v] {
		return nil
	}
	r.visiting[v] = true
	defer delete(r.visiting, v)
	if init := r.st.packageVarInit(v); init != nil {
		return of(flow.Source{Kind: flow.SrcAssign, Expr: init})
	}
	if !r.index().IsLocal(v) {
		return nil
	}
	var out []Value
	for _, s := range r.index().Sources[v] {
		if s.Kind == flow.SrcOpaque {
			return nil // changed in ways we do not follow: no constant value
		}
		out = append(out, of(s)...)
	}
	return out
}

// constLiteral returns the string literal declaring a constant of this
// package (what a fix rewrites), and whether obj is an SDK product constant.
func (st *State) constLiteral(obj types.Object) (*ast.BasicLit, bool) {
	c, ok := obj.(*types.Const)
	if !ok {
		return nil, false
	}
	if c.Pkg() != st.Pass.Pkg {
		return nil, codes.IsProductPackage(c.Pkg())
	}
	return st.declLiterals()[c.Pos()], false
}

func pkgPath(p *types.Package) string {
	if p == nil {
		return ""
	}
	return p.Path()
}

// declLiterals maps the position of each package-level or local constant
// name declared with a plain string literal to that literal.
func (st *State) declLiterals() map[token.Pos]*ast.BasicLit {
	if st.constLits != nil {
		return st.constLits
	}
	st.constLits = map[token.Pos]*ast.BasicLit{}
	for _, f := range st.Pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			spec, ok := n.(*ast.ValueSpec)
			if !ok || len(spec.Names) != len(spec.Values) {
				return true
			}
			for i, name := range spec.Names {
				if lit, ok := spec.Values[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
					st.constLits[name.Pos()] = lit
				}
			}
			return true
		})
	}
	return st.constLits
}

// packageVarInit returns the initializer of a package-level variable of
// this package declared as var v = expr, or nil.
func (st *State) packageVarInit(v *types.Var) ast.Expr {
	if v.Pkg() != st.Pass.Pkg || v.Parent() != st.Pass.Pkg.Scope() {
		return nil
	}
	if st.varInits == nil {
		st.varInits = map[*types.Var]ast.Expr{}
		for _, init := range st.Pass.TypesInfo.InitOrder {
			if len(init.Lhs) == 1 {
				st.varInits[init.Lhs[0]] = init.Rhs
			}
		}
	}
	return st.varInits[v]
}
