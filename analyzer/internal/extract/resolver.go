package extract

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/flow"
	"github.com/tcerrcheck/tcerrcheck/codes"
	"golang.org/x/tools/go/types/typeutil"
)

// originResolver works out where error values in one function come from.
type originResolver struct {
	st       *State
	unit     FuncUnit
	ix       *flow.FuncIndex     // built on first use: most functions compare no code
	visiting map[*types.Var]bool // breaks cycles such as err = wrap(err)
	// params maps the function's error parameters, its func parameters
	// returning an error, and its string and []string parameters to their
	// index, for summaries.
	errParams, funcParams, stringParams, listParams map[*types.Var]int
	reqParams                                       map[*types.Var]int // requests of the generic client
}

// NewResolver prepares the resolution of one function's error values.
func (st *State) NewResolver(unit FuncUnit) *originResolver {
	r := &originResolver{
		st:           st,
		unit:         unit,
		visiting:     map[*types.Var]bool{},
		errParams:    map[*types.Var]int{},
		funcParams:   map[*types.Var]int{},
		stringParams: map[*types.Var]int{},
		listParams:   map[*types.Var]int{},
		reqParams:    map[*types.Var]int{},
	}
	i := 0
	for _, field := range unit.Typ.Params.List {
		names := field.Names
		if len(names) == 0 {
			names = []*ast.Ident{nil}
		}
		for _, name := range names {
			if name != nil {
				if v, ok := st.Pass.TypesInfo.Defs[name].(*types.Var); ok {
					switch {
					case isErrorLike(v.Type()):
						r.errParams[v] = i
					case returnsErrorFunc(v.Type()):
						r.funcParams[v] = i
					case isString(v.Type()):
						r.stringParams[v] = i
					case isStringList(v.Type()):
						r.listParams[v] = i
					case isRequestType(v.Type()):
						r.reqParams[v] = i
					}
				}
			}
			i++
		}
	}
	return r
}

// index returns the function's index of variable sources.
func (r *originResolver) index() *flow.FuncIndex {
	if r.ix == nil {
		r.ix = r.st.FuncIndex(r.unit)
	}
	return r.ix
}

// isStringList: []string, also as a variadic ...string parameter.
func isStringList(t types.Type) bool {
	s, ok := t.Underlying().(*types.Slice)
	return ok && isString(s.Elem())
}

// isErrorLike: error or the SDK error type.
func isErrorLike(t types.Type) bool {
	return types.Identical(t, errorType) || codes.IsSDKErrorType(t)
}

// returnsErrorFunc: a func type whose last result is an error.
func returnsErrorFunc(t types.Type) bool {
	sig, ok := t.Underlying().(*types.Signature)
	return ok && sig.Results().Len() > 0 && types.Identical(sig.Results().At(sig.Results().Len()-1).Type(), errorType)
}

var errorType = types.Universe.Lookup("error").Type()

// Of returns the origin of an error-valued expression.
func (r *originResolver) Of(e ast.Expr) Origin {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return r.ofIdent(e)
	case *ast.CallExpr:
		return r.ofCall(e, -1)
	case *ast.TypeAssertExpr:
		return r.Of(e.X) // err.(*errors.TencentCloudSDKError)
	case *ast.StarExpr:
		return r.Of(e.X)
	}
	return unknownBecause(whyExpr, exprKind(e))
}

func (r *originResolver) ofIdent(id *ast.Ident) Origin {
	v, ok := r.st.Pass.TypesInfo.ObjectOf(id).(*types.Var)
	if !ok {
		return unknownBecause(whyNotVar, id.Name)
	}
	return r.ofVar(v, id)
}

// ofVar returns the origin of variable v as seen at use.
func (r *originResolver) ofVar(v *types.Var, use ast.Node) Origin {
	k, isErrParam := r.errParams[v]
	if isErrParam && len(r.index().Sources[v]) == 0 {
		return Origin{Summarizable: true, errParams: []int{k}}
	}
	if !r.index().IsLocal(v) && !isErrParam {
		return unknownBecause(whyNotLocal, v.Name())
	}
	if r.visiting[v] {
		return Origin{none: true, Why: unknownReason{kind: whyCycle, name: v.Name()}}
	}
	r.visiting[v] = true
	defer delete(r.visiting, v)
	if len(r.index().Sources[v]) == 0 {
		if lit, index := r.literalOf(v); lit != nil {
			return r.ofLiteralParam(v, lit, index)
		}
	}
	var o Origin
	first := true
	if isErrParam {
		// A reassigned error parameter (for err != nil { err = c.Cause() }):
		// what the caller passed, or what it was set to since.
		o, first = Origin{Summarizable: true, errParams: []int{k}}, false
	}
	var nothing *Origin // a source that brings no SDK error: nil, errors.New, the cycle
	var built []string  // the codes of the errors built on the way (hand_built.go)
	for _, s := range r.index().Reaching(v, use) {
		so, ignore := r.ofSource(s)
		if ignore {
			so = Origin{none: true, Why: unknownReason{kind: whyNoSource, name: v.Name()}}
		}
		if so.none {
			if nothing == nil || (len(so.Built) > 0 && len(nothing.Built) == 0) {
				nothing = &so // the inventory says the error is built, rather than nil
			}
			built = union(built, so.Built)
			continue
		}
		if first {
			o, first = so, false
		} else {
			o = o.Merge(so)
		}
		if !o.Summarizable && o.cos == nil {
			return o
		}
	}
	switch {
	case first && nothing != nil:
		n := *nothing // on this path v holds no SDK error
		n.Built = built
		return n
	case first:
		// No assignment reaches the use: v holds its zero value, nil (a
		// named result returned before it is set). Its address never
		// escapes: that would be an opaque source.
		return Origin{none: true, Why: unknownReason{kind: whyNoSource, name: v.Name()}}
	}
	o.Built = union(o.Built, built)
	return o
}

// ofLiteralParam returns the origin of the error parameter of a function
// literal: the errors of what a retry configuration holding it runs, or
// what its calls pass when a local variable holding it is only ever
// called (check := func(err error) bool {...}; check(err)); unknown
// otherwise.
func (r *originResolver) ofLiteralParam(v *types.Var, lit *ast.FuncLit, index int) Origin {
	if o, ok := r.ofPredicateParam(lit); ok {
		return o
	}
	if args := r.closureArguments(lit, index); len(args) > 0 {
		var u originUnion
		for _, arg := range args {
			u.add(r.Of(arg))
		}
		return u.o
	}
	return unknownBecause(whyLiteralParam, v.Name())
}

// ofSource returns the origin one source contributes; ignore is set for
// sources that cannot carry an SDK error (nil, errors.New, fmt.Errorf
// without an error operand).
func (r *originResolver) ofSource(s flow.Source) (o Origin, ignore bool) {
	switch s.Kind {
	case flow.SrcAssign:
		if r.carriesNoSDKError(s.Expr) {
			return Origin{}, true
		}
		return r.Of(s.Expr), false
	case flow.SrcTuple:
		switch x := ast.Unparen(s.Expr).(type) {
		case *ast.CallExpr:
			return r.ofCall(x, s.Index), false
		case *ast.TypeAssertExpr:
			if s.Index == 0 { // e, ok := err.(*errors.TencentCloudSDKError)
				return r.Of(x.X), false
			}
		}
	case flow.SrcTypeSwitch:
		return r.Of(s.Expr), false
	case flow.SrcErrorsAs:
		o := r.Of(s.Expr)
		o.Wrapped = false // errors.As looks through the wrapping
		return o, false
	}
	return unknownBecause(whyAssign, ""), false
}

// ofCall returns the origin of the error a call returns; index is the
// result the value was taken from (-1 for a single-valued call). Besides
// SDK client calls it follows functions summarized by facts (wrappers,
// retry helpers returning their closure's error), func parameters while
// summarizing, local variables holding an action's method value, and
// fmt.Errorf wrapping with %w.
func (r *originResolver) ofCall(call *ast.CallExpr, index int) Origin {
	if o, ok := r.ofCOS(call, index); ok {
		return o
	}
	info := r.st.Pass.TypesInfo
	sig, _ := info.TypeOf(call.Fun).(*types.Signature)
	if sig == nil || sig.Results().Len() == 0 || (index >= 0 && index != sig.Results().Len()-1) {
		return unknownBecause(whyNotErrResult, "") // not the error result
	}
	if flow.IsPkgFunc(info, call, "fmt", "Errorf") {
		return r.ofWrapped(call)
	}
	if isUnwrapper(info, call) {
		o := r.Of(call.Args[0])
		o.Wrapped = wrapsItsArgument(info, call)
		return o
	}
	if lit := retryFrameworkClosure(info, call); lit != nil {
		return r.ofRetryClosure(lit)
	}
	if recv, ok := unwrapMethodCall(info, call); ok {
		o := r.Of(recv)
		o.Wrapped = false
		return o
	}
	if o, ok := r.ofGenericSend(call); ok {
		return o
	}
	switch callee := typeutil.Callee(info, call).(type) {
	case *types.Var:
		if o, ok := r.ofFuncVar(callee); ok {
			return o
		}
	case *types.Func:
		if o, ok := r.ofAction(callee); ok {
			return o
		}
		if handBuilt(callee) {
			return r.ofHandBuilt(call, callee)
		}
		if fact := r.st.errorSummary(callee); fact != nil {
			return r.applySummary(fact, call)
		}
		if recv := callee.Type().(*types.Signature).Recv(); recv != nil && types.IsInterface(recv.Type()) {
			return unknownBecause(whyDynamicCall, "")
		}
		// A call outside the SDK's reach (outside_sdk.go: errors.New,
		// strconv.Atoi, limiter.Wait) carries no SDK error: wrapped or
		// merged, it adds nothing (alone, the origin is still unknown).
		return Origin{none: r.bringsNoSDKError(call, callee), Why: unknownReason{kind: whyCallee, fn: callee}}
	}
	return unknownBecause(whyDynamicCall, "")
}

// ofAction returns the origin of an SDK action's error: ok is false when
// fn is not an action.
func (r *originResolver) ofAction(fn *types.Func) (o Origin, ok bool) {
	action, pkg, ok := codes.ClientAction(fn)
	if !ok {
		return Origin{}, false
	}
	if product := r.st.product(pkg); product != nil && r.st.knowsCodesOf(product) {
		return callOrigin(CallSite{Product: product, Action: action, Method: fn}), true
	}
	return unknownBecause(whyOpaqueProduct, pkg.Path()), true
}

// ofWrapped: fmt.Errorf("...: %w", err) keeps err reachable by errors.As,
// so it has err's origin.
func (r *originResolver) ofWrapped(call *ast.CallExpr) Origin {
	var u originUnion
	for _, arg := range call.Args[1:] {
		if t := r.st.Pass.TypesInfo.TypeOf(arg); t != nil && isErrorLike(t) {
			u.add(r.Of(arg))
		}
	}
	if !u.found {
		// Nothing to wrap: an error of the program's, which carries no
		// SDK error wherever it is wrapped or merged.
		return Origin{none: true, Why: unknownReason{kind: whyNoWrap}}
	}
	u.o.Wrapped = true
	return u.o
}

// carriesNoSDKError reports whether e certainly holds no SDK error: nil,
// errors.New(...), or fmt.Errorf(...) with no error operand to wrap.
func (r *originResolver) carriesNoSDKError(e ast.Expr) bool {
	info := r.st.Pass.TypesInfo
	e = ast.Unparen(e)
	if id, ok := e.(*ast.Ident); ok {
		_, isNil := info.ObjectOf(id).(*types.Nil)
		return isNil
	}
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return false
	}
	if flow.IsPkgFunc(info, call, "errors", "New") || isContextErr(info, call) || setsActionParameters(info, call) {
		return true
	}
	if !flow.IsPkgFunc(info, call, "fmt", "Errorf") || len(call.Args) == 0 {
		return false
	}
	// Without %w nothing is wrapped, whatever the operands.
	if tv, ok := info.Types[call.Args[0]]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		return !strings.Contains(constant.StringVal(tv.Value), "%w")
	}
	return false
}

// isContextErr matches ctx.Err(): context.Canceled or DeadlineExceeded.
func isContextErr(info *types.Info, call *ast.CallExpr) bool {
	fn, ok := flow.CalleeFunc(info, call)
	if !ok || fn.Name() != "Err" {
		return false
	}
	recv := fn.Type().(*types.Signature).Recv()
	named, ok := recv.Type().(*types.Named)
	return ok && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == "context" && named.Obj().Name() == "Context"
}

// isUnwrapper matches the calls that return an error their first
// argument wraps, the argument itself, or the argument wrapped so that
// errors.As still finds it: errors.Unwrap; errors.Cause of
// github.com/pkg/errors (its argument when nothing is wrapped), and that
// package's WithStack, WithMessage(f) and Wrap(f). The error found has
// the argument's origin.
func isUnwrapper(info *types.Info, call *ast.CallExpr) bool {
	if len(call.Args) == 0 {
		return false
	}
	if len(call.Args) == 1 && flow.IsPkgFunc(info, call, "errors", "Unwrap") {
		return true
	}
	for _, name := range pkgErrorsWrappers {
		if flow.IsPkgFunc(info, call, "github.com/pkg/errors", name) {
			return name != "Cause" || len(call.Args) == 1
		}
	}
	return false
}

var pkgErrorsWrappers = []string{"Cause", "WithStack", "WithMessage", "WithMessagef", "Wrap", "Wrapf"}

// wrapsItsArgument reports whether an isUnwrapper call returns its
// argument wrapped (WithStack, Wrap, WithMessage) rather than unwrapped
// (errors.Unwrap, errors.Cause).
func wrapsItsArgument(info *types.Info, call *ast.CallExpr) bool {
	return !flow.IsPkgFunc(info, call, "errors", "Unwrap") && !flow.IsPkgFunc(info, call, "github.com/pkg/errors", "Cause")
}

// unwrapMethodCall matches x.Unwrap() and x.Cause(): a method of no
// arguments returning an error, by which error libraries hand out the
// error a wrapper holds (pkg/errors' causer, the standard library's
// Unwrap). The error found has x's origin, no longer wrapped; a library's
// Cause(err) that loops over such calls is summarized as returning its
// argument.
func unwrapMethodCall(info *types.Info, call *ast.CallExpr) (ast.Expr, bool) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || len(call.Args) != 0 || (sel.Sel.Name != "Unwrap" && sel.Sel.Name != "Cause") {
		return nil, false
	}
	s := info.Selections[sel]
	if s == nil || s.Kind() != types.MethodVal {
		return nil, false
	}
	sig, ok := s.Type().(*types.Signature)
	if !ok || sig.Results().Len() != 1 || !types.Identical(sig.Results().At(0).Type(), errorType) {
		return nil, false
	}
	return sel.X, true
}
