package analyzer

import (
	"go/ast"
	"go/types"
	"sort"

	"github.com/tcerrcheck/tcerrcheck/codes"
)

// callSite is one SDK client call that may have produced an error.
type callSite struct {
	product *codes.Product
	action  string
}

// origin is what produced an error value: a set of SDK client calls, or
// unknown. One unknown contribution makes the whole origin unknown, so the
// product checks only run when every way the value is set is understood.
type origin struct {
	known bool
	calls []callSite
}

var unknownOrigin = origin{}

// merge combines the origins of the several sources of one variable.
func (o origin) merge(p origin) origin {
	if !o.known || !p.known {
		return unknownOrigin
	}
	out := origin{known: true, calls: append(append([]callSite(nil), o.calls...), p.calls...)}
	return out.normalize()
}

func (o origin) normalize() origin {
	sort.Slice(o.calls, func(i, j int) bool {
		a, b := o.calls[i], o.calls[j]
		if a.product.Path != b.product.Path {
			return a.product.Path < b.product.Path
		}
		return a.action < b.action
	})
	w := 0
	for i, c := range o.calls {
		if i == 0 || c != o.calls[w-1] {
			o.calls[w] = c
			w++
		}
	}
	o.calls = o.calls[:w]
	return o
}

// products returns the distinct products of a known origin.
func (o origin) products() []*codes.Product {
	var out []*codes.Product
	for _, c := range o.calls {
		if len(out) == 0 || out[len(out)-1].Path != c.product.Path {
			out = append(out, c.product)
		}
	}
	return out
}

// originResolver works out where error values in one function come from.
type originResolver struct {
	st       *passState
	ix       *funcIndex
	visiting map[*types.Var]bool // breaks cycles such as err = wrap(err)
}

// of returns the origin of an error-valued expression.
func (r *originResolver) of(e ast.Expr) origin {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return r.ofIdent(e)
	case *ast.CallExpr:
		return r.ofCall(e, -1)
	case *ast.TypeAssertExpr:
		return r.of(e.X) // err.(*errors.TencentCloudSDKError)
	case *ast.StarExpr:
		return r.of(e.X)
	}
	return unknownOrigin
}

func (r *originResolver) ofIdent(id *ast.Ident) origin {
	v, ok := r.st.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if !ok || !r.ix.isLocal(v) || r.visiting[v] {
		return unknownOrigin
	}
	r.visiting[v] = true
	defer delete(r.visiting, v)
	var o origin
	first := true
	for _, s := range r.ix.reaching(v, id) {
		so, ignore := r.ofSource(s)
		if ignore {
			continue
		}
		if first {
			o, first = so, false
		} else {
			o = o.merge(so)
		}
		if !o.known {
			return unknownOrigin
		}
	}
	if first {
		return unknownOrigin // never assigned anything we understand
	}
	return o
}

// ofSource returns the origin one source contributes; ignore is set for
// sources that cannot carry an SDK error (nil, errors.New, fmt.Errorf
// without an error operand).
func (r *originResolver) ofSource(s source) (o origin, ignore bool) {
	switch s.kind {
	case srcAssign:
		if r.carriesNoSDKError(s.expr) {
			return origin{}, true
		}
		return r.of(s.expr), false
	case srcTuple:
		switch x := ast.Unparen(s.expr).(type) {
		case *ast.CallExpr:
			return r.ofCall(x, s.index), false
		case *ast.TypeAssertExpr:
			if s.index == 0 { // e, ok := err.(*errors.TencentCloudSDKError)
				return r.of(x.X), false
			}
		}
	case srcTypeSwitch, srcErrorsAs:
		return r.of(s.expr), false
	}
	return unknownOrigin, false
}

// ofCall returns the origin of the error a call returns; index is the
// result the value was taken from (-1 for a single-valued call).
func (r *originResolver) ofCall(call *ast.CallExpr, index int) origin {
	fn, _ := calleeFunc(r.st.pass.TypesInfo, call)
	action, pkg, ok := codes.ClientAction(fn)
	if !ok {
		return unknownOrigin
	}
	sig := fn.Type().(*types.Signature)
	if index >= 0 && index != sig.Results().Len()-1 {
		return unknownOrigin // not the error result
	}
	product := r.st.product(pkg)
	if product == nil {
		return unknownOrigin
	}
	return origin{known: true, calls: []callSite{{product, action}}}
}

// carriesNoSDKError reports whether e certainly holds no SDK error: nil,
// errors.New(...), or fmt.Errorf(...) with no error operand to wrap.
func (r *originResolver) carriesNoSDKError(e ast.Expr) bool {
	info := r.st.pass.TypesInfo
	e = ast.Unparen(e)
	if id, ok := e.(*ast.Ident); ok {
		_, isNil := info.ObjectOf(id).(*types.Nil)
		return isNil
	}
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return false
	}
	if isPkgFunc(info, call, "errors", "New") {
		return true
	}
	if !isPkgFunc(info, call, "fmt", "Errorf") {
		return false
	}
	errType := types.Universe.Lookup("error").Type().Underlying().(*types.Interface)
	for _, arg := range call.Args[1:] {
		if t := info.TypeOf(arg); t == nil || types.Implements(t, errType) || types.IsInterface(t) {
			return false
		}
	}
	return true
}
