package extract

import (
	"go/ast"
	"go/types"
)

// A helper that classifies an error by its own codes, with no list from
// its caller (isNotFound(err), throttled(code)), compares a parameter's
// code: inside the helper the origin is unknown. Its callers in the
// package know it, though, and their union is the origin the helper's
// codes are checked against, once, at the helper.

// packageCall is a direct call of one of this package's functions.
type packageCall struct {
	unit FuncUnit // the function the call is in
	call *ast.CallExpr
}

// packageCalls maps this package's functions to their direct calls in the
// package; a function also used another way (as a value) maps to nil,
// since its callers are not all known.
func (st *State) packageCalls() map[*types.Func][]packageCall {
	if st.calls != nil {
		return st.calls
	}
	st.calls = map[*types.Func][]packageCall{}
	escaped := map[*types.Func]bool{}
	inBody := map[*ast.Ident]bool{}
	info := st.Pass.TypesInfo
	for fn, decl := range st.funcDecls() {
		if decl.Body == nil {
			continue
		}
		unit := FuncUnit{decl.Name.Name, fn, decl.Type, decl.Body}
		called := map[*ast.Ident]bool{}
		ast.Inspect(decl.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				if id := calledName(n); id != nil {
					if callee, ok := info.Uses[id].(*types.Func); ok && callee.Pkg() == st.Pass.Pkg {
						called[id] = true
						st.calls[callee] = append(st.calls[callee], packageCall{unit, n})
					}
				}
			case *ast.Ident:
				if callee, ok := info.Uses[n].(*types.Func); ok && callee.Pkg() == st.Pass.Pkg {
					inBody[n] = true
					if !called[n] {
						escaped[callee] = true
					}
				}
			}
			return true
		})
	}
	// Uses outside function bodies (package-level variables, method
	// values in initializers) leave callers unknown too.
	for id, obj := range info.Uses {
		if callee, ok := obj.(*types.Func); ok && callee.Pkg() == st.Pass.Pkg && !inBody[id] {
			escaped[callee] = true
		}
	}
	for fn := range escaped {
		st.calls[fn] = nil
	}
	return st.calls
}

// calledName is the name a call calls: f(...) or x.f(...).
func calledName(call *ast.CallExpr) *ast.Ident {
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		return fun
	case *ast.SelectorExpr:
		return fun.Sel
	}
	return nil
}

// CallersOrigin returns the union of the origins fn's callers in the
// package give the error parameter errParam (or the code parameter
// codeParam when errParam < 0), and whether every call is understood:
// at least one call, none from another function value or from fn itself.
func (st *State) CallersOrigin(fn *types.Func, errParam, codeParam int) (Origin, bool) {
	key := callersKey{fn, errParam, codeParam}
	if got, ok := st.callerOrigins[key]; ok {
		return got.o, got.ok
	}
	o, ok := st.resolveCallersOrigin(fn, errParam, codeParam)
	st.callerOrigins[key] = callersResult{o, ok}
	return o, ok
}

// callersKey and callersResult memoize callersOrigin: a helper's every
// code asks for the same parameter.
type callersKey struct {
	fn                  *types.Func
	errParam, codeParam int
}

type callersResult struct {
	o  Origin
	ok bool
}

func (st *State) resolveCallersOrigin(fn *types.Func, errParam, codeParam int) (Origin, bool) {
	calls := st.packageCalls()[fn]
	if len(calls) == 0 {
		return UnknownOrigin, false
	}
	var u originUnion
	for _, pc := range calls {
		if pc.unit.Obj == fn {
			return UnknownOrigin, false // recursion: the parameter flows in
		}
		o := st.argumentOrigin(pc, errParam, codeParam)
		if !o.Known {
			return UnknownOrigin, false
		}
		u.add(o)
	}
	return u.o, true
}

// argumentOrigin is the origin of the error (or code) one call passes.
func (st *State) argumentOrigin(pc packageCall, errParam, codeParam int) Origin {
	if pc.call.Ellipsis.IsValid() {
		return UnknownOrigin
	}
	ref, ok := st.NewResolver(pc.unit).argumentCode(pc.call.Args, errParam, codeParam)
	if !ok || ref.Kind != KindCode {
		return UnknownOrigin
	}
	return ref.Origin
}

// maxCallerDepth bounds how many levels of callers a waiting origin is
// carried up: cloudmux's classifier waits four (the request, then the
// domain and action strings of three wrappers).
const maxCallerDepth = 6

// PendingCallersOrigin fills in an origin that waits for fn's parameters
// (a generic client's request, or the strings naming its product and
// action; a function whose errors a retry predicate sees) at each of fn's calls in the package, and at their callers'
// when it still waits there. ok is false unless every call on the way is
// understood; complete is false when some function whose parameters were
// filled in is exported, so other packages may call it with other values.
func (st *State) PendingCallersOrigin(fn *types.Func, o Origin) (filled Origin, complete, ok bool) {
	if o.Known || !o.Summarizable || len(o.generic)+len(o.funcParams) == 0 {
		return UnknownOrigin, false, false
	}
	fact := factOf(o)
	key, _ := fact.GobEncode()
	memo := pendingKey{fn, string(key)}
	if got, done := st.pendingOrigins[memo]; done {
		return got.o, got.complete, got.ok
	}
	filled, complete, ok = st.fillFromCallers(fn, fact, 0, map[*types.Func]bool{})
	if filled.none {
		filled, complete, ok = UnknownOrigin, false, false
	}
	st.pendingOrigins[memo] = pendingResult{filled, complete, ok}
	return filled, complete, ok
}

type pendingKey struct {
	fn   *types.Func
	fact string // the waiting origin, encoded
}

type pendingResult struct {
	o            Origin
	complete, ok bool
}

func (st *State) fillFromCallers(fn *types.Func, fact *ErrorOriginFact, depth int, seen map[*types.Func]bool) (Origin, bool, bool) {
	calls, used := st.packageCalls()[fn]
	if !used && !fn.Exported() && depth > 0 {
		// Never called: the requests it would pass on never go out.
		return Origin{none: true}, true, true
	}
	if depth > maxCallerDepth || seen[fn] || len(calls) == 0 {
		return UnknownOrigin, false, false
	}
	seen[fn] = true
	defer delete(seen, fn)
	complete := !fn.Exported()
	var u originUnion
	for _, pc := range calls {
		o := st.NewResolver(pc.unit).applySummary(fact, pc.call)
		if !o.Known {
			caller, isFunc := pc.unit.Obj.(*types.Func)
			if !isFunc || !o.Summarizable {
				return UnknownOrigin, false, false
			}
			var callerComplete, ok bool
			o, callerComplete, ok = st.fillFromCallers(caller, factOf(o), depth+1, seen)
			if !ok {
				return UnknownOrigin, false, false
			}
			complete = complete && callerComplete
		}
		u.add(o)
	}
	return u.o, complete, true
}
