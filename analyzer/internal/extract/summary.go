package extract

import (
	"go/ast"
	"go/types"

	"github.com/tcerrcheck/tcerrcheck/codes"
	"golang.org/x/tools/go/analysis"
)

// errorSummary returns the errorOriginFact of fn, nil when fn's error
// origin is not understood.
func (st *State) errorSummary(fn *types.Func) *ErrorOriginFact {
	return funcFact(st, fn, st.summaries, st.summarize)
}

// funcFact returns a fact about fn: imported for other packages'
// functions, computed once on demand for this package's (callers may come
// before callees). While it is being computed the memo holds nil, so
// recursion is not followed.
func funcFact[F any, PF interface {
	*F
	analysis.Fact
}](st *State, fn *types.Func, memo map[*types.Func]PF, compute func(FuncUnit) PF) PF {
	if fn.Pkg() != st.Pass.Pkg {
		fact := PF(new(F))
		if st.Pass.ImportObjectFact(fn, fact) {
			return fact
		}
		return nil
	}
	if fact, done := memo[fn]; done {
		return fact
	}
	memo[fn] = nil
	decl := st.funcDecls()[fn]
	if decl == nil || decl.Body == nil {
		return nil
	}
	fact := compute(FuncUnit{decl.Name.Name, fn, decl.Type, decl.Body})
	memo[fn] = fact
	return fact
}

// summarize works out where the error a function returns comes from.
func (st *State) summarize(unit FuncUnit) *ErrorOriginFact {
	r := st.NewResolver(unit)
	sig, _ := unit.Obj.Type().(*types.Signature)
	o := r.returnedError(sig, unit.Body)
	if !o.Summarizable || len(o.Calls)+len(o.errParams)+len(o.funcParams)+len(o.generic) == 0 {
		return nil
	}
	return factOf(o)
}

// factOf is a summarizable origin as its function's callers read it.
func factOf(o Origin) *ErrorOriginFact {
	fact := &ErrorOriginFact{ErrParams: o.errParams, FuncParams: o.funcParams, Generic: o.generic, Wrapped: o.Wrapped, Built: o.Built}
	for _, c := range o.Calls {
		fact.Calls = append(fact.Calls, factCall{c.Product.Path, c.Product.Name, c.Product.Version, c.Action})
	}
	return fact
}

// returnedError merges the origins of the error result of every return
// statement of a function or function literal body; nil returns and
// errors that cannot carry an SDK error do not count.
func (r *originResolver) returnedError(sig *types.Signature, body *ast.BlockStmt) Origin {
	if sig == nil || sig.Results().Len() == 0 {
		return UnknownOrigin
	}
	last := sig.Results().Len() - 1
	named := sig.Results().At(last)
	// An error, or the SDK's error type itself: a helper handing back the
	// SDK error found in its argument (errors.As), or nil.
	if !types.Identical(named.Type(), errorType) && !codes.IsSDKErrorType(named.Type()) {
		return UnknownOrigin
	}
	var u originUnion
	add := u.add
	inspectShallow(body, func(n ast.Node) {
		ret, ok := n.(*ast.ReturnStmt)
		if !ok {
			return
		}
		switch {
		case len(ret.Results) == 0 && named.Name() != "":
			add(r.ofVar(named, ret))
		case len(ret.Results) == 1 && last > 0:
			if call, ok := ast.Unparen(ret.Results[0]).(*ast.CallExpr); ok {
				add(r.ofCall(call, last))
			} else {
				add(UnknownOrigin)
			}
		case len(ret.Results) == last+1:
			if e := ret.Results[last]; !r.carriesNoSDKError(e) {
				add(r.Of(e))
			}
		}
	})
	if !u.found {
		return UnknownOrigin
	}
	return u.o
}

// applySummary resolves a call's error origin from the callee's summary,
// filling in the parameters from the call's arguments.
func (r *originResolver) applySummary(fact *ErrorOriginFact, call *ast.CallExpr) Origin {
	// Without calls of its own, the function's error is what its
	// parameters bring: nothing yet, which merging fills in (an argument
	// that carries no SDK error, errors.WithStack(fmt.Errorf("...")),
	// leaves it at nothing, not at a known origin without calls).
	o := Origin{none: true}
	if len(fact.Calls) > 0 {
		o = Origin{Known: true, Summarizable: true}
		for _, c := range fact.Calls {
			p := r.st.productByPath(c)
			if p == nil {
				return UnknownOrigin
			}
			o.Calls = append(o.Calls, CallSite{Product: p, Action: c.Action})
		}
		o = o.normalize()
	}
	for _, k := range fact.ErrParams {
		if k >= len(call.Args) {
			return UnknownOrigin
		}
		o = o.Merge(r.Of(call.Args[k]))
	}
	for _, k := range fact.FuncParams {
		if k >= len(call.Args) {
			return UnknownOrigin
		}
		o = o.Merge(r.ofFuncValue(call.Args[k]))
	}
	for _, g := range fact.Generic {
		o = o.Merge(r.fillRequest(g, call))
	}
	o.Wrapped = fact.Wrapped
	o.Built = union(o.Built, fact.Built)
	return o
}

// ofFuncValue returns the origin of the errors a function value returns:
// a function literal's return statements, an SDK action passed as a method
// value (client.DescribeInstances) or a fork's action function, a named
// function's summary, or a variable holding one of those.
func (r *originResolver) ofFuncValue(e ast.Expr) Origin {
	switch e := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		sig, _ := r.st.Pass.TypesInfo.TypeOf(e).(*types.Signature)
		return r.returnedError(sig, e.Body)
	case *ast.Ident, *ast.SelectorExpr:
		var id *ast.Ident
		if sel, ok := e.(*ast.SelectorExpr); ok {
			id = sel.Sel
		} else {
			id = e.(*ast.Ident)
		}
		switch obj := r.st.Pass.TypesInfo.Uses[id].(type) {
		case *types.Func:
			if o, ok := r.ofAction(obj); ok {
				return o
			}
			if fact := r.st.errorSummary(obj); fact != nil && len(fact.ErrParams)+len(fact.FuncParams)+len(fact.Generic) == 0 {
				return r.applySummary(fact, &ast.CallExpr{})
			}
		case *types.Var:
			if o, ok := r.ofFuncVar(obj); ok {
				return o
			}
		}
	}
	return UnknownOrigin
}

// funcDecls maps this package's functions and methods to their declarations.
func (st *State) funcDecls() map[*types.Func]*ast.FuncDecl {
	if st.decls == nil {
		st.decls = map[*types.Func]*ast.FuncDecl{}
		for _, f := range st.Pass.Files {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok {
					if fn, ok := st.Pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
						st.decls[fn] = fd
					}
				}
			}
		}
	}
	return st.decls
}

// ExportSummaries exports the error origin of every exported function and
// method of the package whose origin is understood (other packages cannot
// call the rest; this package computes them on demand), and marks the
// package as one whose importers must be analyzed.
func (st *State) ExportSummaries() {
	exported := false
	for fn := range st.funcDecls() {
		if !fn.Exported() {
			continue
		}
		if fact := st.errorSummary(fn); fact != nil {
			st.Pass.ExportObjectFact(fn, fact)
			exported = true
		}
		helper := st.CodeHelper(fn)
		if helper != nil {
			st.Pass.ExportObjectFact(fn, helper)
			exported = true
		}
		if helper == nil || helper.IsCOSOnly() { // a COS helper may be an API 3.0 classifier too: cos_helpers.go
			if fact := st.classifier(fn); fact != nil {
				st.Pass.ExportObjectFact(fn, fact)
				exported = true
			}
		}
	}
	if exported {
		st.Pass.ExportPackageFact(&SdkUserFact{})
	}
}

// ExportCallHelperSummaries serves a package that uses no SDK: of its
// exported functions it summarizes only those taking a func parameter that
// returns an error, and returning an error (generic call and retry helpers,
// such as func Do[Req, Res any](ctx, f func(Req) (Res, error), req Req)),
// since the error they return keeps the origin of the function their
// callers pass; and membership tests, func(list []string, s string) bool,
// which callers hand codes and lists of codes. Nothing else of such a
// package is looked at.
func (st *State) ExportCallHelperSummaries() {
	for fn := range st.funcDecls() {
		switch {
		case !fn.Exported():
		case takesErrorFunc(fn):
			if fact := st.errorSummary(fn); fact != nil && len(fact.FuncParams) > 0 {
				st.Pass.ExportObjectFact(fn, fact)
			}
		case mapsAnError(fn):
			// An error library's Cause or Wrap: what it returns is its
			// argument, unwrapped or wrapped.
			if fact := st.errorSummary(fn); fact != nil && len(fact.ErrParams) > 0 && len(fact.Calls) == 0 {
				st.Pass.ExportObjectFact(fn, fact)
			}
		case membershipShaped(fn):
			// A utility package's IsInStringArray(list, code): its
			// callers' code lists are checked at each call.
			if fact := st.CodeHelper(fn); fact != nil {
				st.Pass.ExportObjectFact(fn, fact)
			}
		}
	}
}

// takesErrorFunc: the last result is an error and a parameter is a func
// returning one.
func takesErrorFunc(fn *types.Func) bool {
	sig := fn.Type().(*types.Signature)
	if sig.Results().Len() == 0 || !types.Identical(sig.Results().At(sig.Results().Len()-1).Type(), errorType) {
		return false
	}
	for i := range sig.Params().Len() {
		if returnsErrorFunc(sig.Params().At(i).Type()) {
			return true
		}
	}
	return false
}
