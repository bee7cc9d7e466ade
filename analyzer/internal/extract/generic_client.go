package extract

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/flow"
)

// Programs that call many products through one function use the SDK's
// generic client: a request named by strings, sent by the common Client.
//
//	req := tchttp.NewCommonRequest("cvm", "2017-03-12", "RunInstances")
//	err := client.Send(req, resp)
//
//	req := &tchttp.BaseRequest{}
//	req.Init().WithApiInfo(service, version, action)
//	req.SetDomain(domain)
//	err := client.Send(req, resp)
//
// The error Send returns is that product's, for that action. The strings
// are often parameters carried down from the callers; a request may be a
// parameter too. Such an origin waits for them, and each call fills them
// in (applySummary), as do the callers of a classifier that compares the
// error where it is sent (PendingCallersOrigin).

// genericRequest is a request of the generic client as far as the
// function building or sending it can tell.
type genericRequest struct {
	root string // the SDK tree of the client: <root>/common, <root>/<product>/v<date>
	// param >= 0: the request is the function's parameter, which its
	// callers fill in; the names below are then unset.
	param                    int
	service, version, action strValue
	domain                   strValue // nil: the service's own domain
}

// waits reports whether some name of the request is a parameter the
// callers may still make constant.
func (g genericRequest) waits() bool {
	if g.param >= 0 {
		return true
	}
	for _, v := range []strValue{g.service, g.version, g.action, g.domain} {
		if v.hasParam() {
			return true
		}
	}
	return false
}

// sdkTree returns the root of an SDK tree a package of its common folder
// belongs to: <root>/common, or <root>/common/http when sub is "http".
func sdkTree(pkg *types.Package, sub string) (root string, ok bool) {
	if pkg == nil {
		return "", false
	}
	suffix := "/tencentcloud/common"
	if sub != "" {
		suffix += "/" + sub
	}
	path := pkg.Path()
	if !strings.HasSuffix("/"+path, suffix) {
		return "", false
	}
	return strings.TrimSuffix(path, strings.TrimPrefix(suffix, "/tencentcloud")), true
}

// genericSend matches client.Send(request, response) (or SendOctetStream)
// on the SDK's common Client, a product's Client embedding it included.
func genericSend(info *types.Info, call *ast.CallExpr) (root string, request ast.Expr, ok bool) {
	fn, isFunc := flow.CalleeFunc(info, call)
	if !isFunc || (fn.Name() != "Send" && fn.Name() != "SendOctetStream") || len(call.Args) != 2 {
		return "", nil, false
	}
	recv := fn.Type().(*types.Signature).Recv()
	if recv == nil || namedOf(recv.Type()) == nil || namedOf(recv.Type()).Obj().Name() != "Client" {
		return "", nil, false
	}
	root, ok = sdkTree(fn.Pkg(), "")
	return root, call.Args[0], ok
}

// isRequestType: the common http package's Request interface, or a
// pointer to its BaseRequest or CommonRequest.
func isRequestType(t types.Type) bool {
	named := namedOf(t)
	if named == nil {
		return false
	}
	if _, ok := sdkTree(named.Obj().Pkg(), "http"); !ok {
		return false
	}
	switch named.Obj().Name() {
	case "Request":
		return types.IsInterface(named)
	case "BaseRequest", "CommonRequest":
		_, isPtr := t.(*types.Pointer)
		return isPtr
	}
	return false
}

func namedOf(t types.Type) *types.Named {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	named, _ := types.Unalias(t).(*types.Named)
	return named
}

// ofGenericSend returns the origin of the error a generic Send returns;
// ok is false when call is not one.
func (r *originResolver) ofGenericSend(call *ast.CallExpr) (o Origin, ok bool) {
	root, request, ok := genericSend(r.st.Pass.TypesInfo, call)
	if !ok {
		return Origin{}, false
	}
	reqs, why := r.requestOf(request, root)
	if reqs == nil {
		return unknownBecause(whyGenericRequest, why), true
	}
	var u originUnion
	for _, g := range reqs {
		u.add(r.st.originOfRequest(g))
	}
	return u.o, true
}

// requestOf returns the ways a request expression is built: a call of
// NewCommonRequest, a request parameter, or a local variable holding a
// new request whose names the function sets (WithApiInfo, SetDomain). nil
// with what was not followed otherwise.
func (r *originResolver) requestOf(e ast.Expr, root string) ([]genericRequest, string) {
	info := r.st.Pass.TypesInfo
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok {
		if g, ok := r.newCommonRequest(call, root); ok {
			return []genericRequest{g}, ""
		}
		return nil, "a request not built here"
	}
	id, ok := e.(*ast.Ident)
	if !ok {
		return nil, "a request not built here"
	}
	v, ok := info.ObjectOf(id).(*types.Var)
	if !ok {
		return nil, "a request not built here"
	}
	named := r.requestNames(v, root)
	if k, ok := r.reqParams[v]; ok && len(r.index().Sources[v]) == 0 {
		if len(named) > 0 {
			return nil, "a request parameter renamed here"
		}
		return []genericRequest{{root: root, param: k}}, ""
	}
	if !r.index().IsLocal(v) {
		return nil, "a request not built here"
	}
	var out []genericRequest
	for _, s := range r.index().Reaching(v, id) {
		g, ok := r.newRequest(s, root)
		if !ok {
			return nil, "a request not built here"
		}
		out = append(out, g)
	}
	if len(out) == 0 {
		return nil, "a request not built here"
	}
	for i := range out {
		if len(named) > 0 && out[i].service != nil {
			return nil, "a request named twice" // NewCommonRequest, then WithApiInfo
		}
		for _, n := range named {
			out[i] = n.apply(out[i])
		}
		if out[i].service == nil {
			return nil, "a request whose service is never set"
		}
	}
	return out, ""
}

// newRequest reads one assignment of a request variable: &BaseRequest{},
// new(BaseRequest), or NewCommonRequest(service, version, action).
func (r *originResolver) newRequest(s flow.Source, root string) (genericRequest, bool) {
	if s.Kind != flow.SrcAssign {
		return genericRequest{}, false
	}
	info := r.st.Pass.TypesInfo
	switch x := ast.Unparen(s.Expr).(type) {
	case *ast.CallExpr:
		if g, ok := r.newCommonRequest(x, root); ok {
			return g, true
		}
		if id, ok := ast.Unparen(x.Fun).(*ast.Ident); ok && id.Name == "new" && isRequestType(info.TypeOf(x)) {
			return genericRequest{root: root, param: -1}, true
		}
	case *ast.UnaryExpr:
		if _, ok := ast.Unparen(x.X).(*ast.CompositeLit); ok && isRequestType(info.TypeOf(x)) {
			return genericRequest{root: root, param: -1}, true
		}
	}
	return genericRequest{}, false
}

// newCommonRequest reads tchttp.NewCommonRequest(service, version, action).
func (r *originResolver) newCommonRequest(call *ast.CallExpr, root string) (genericRequest, bool) {
	fn, ok := flow.CalleeFunc(r.st.Pass.TypesInfo, call)
	if !ok || fn.Name() != "NewCommonRequest" || len(call.Args) != 3 || fn.Type().(*types.Signature).Recv() != nil {
		return genericRequest{}, false
	}
	if httpRoot, ok := sdkTree(fn.Pkg(), "http"); !ok || httpRoot != root {
		return genericRequest{}, false
	}
	return genericRequest{root: root, param: -1,
		service: r.stringOf(call.Args[0]), version: r.stringOf(call.Args[1]), action: r.stringOf(call.Args[2])}, true
}

// requestNaming is one call that names a request variable's API.
type requestNaming struct {
	method string // WithApiInfo or SetDomain
	args   []strValue
}

func (n requestNaming) apply(g genericRequest) genericRequest {
	switch n.method {
	case "WithApiInfo":
		g.service = g.service.unionOrSet(n.args[0])
		g.version = g.version.unionOrSet(n.args[1])
		g.action = g.action.unionOrSet(n.args[2])
	case "SetDomain":
		g.domain = g.domain.unionOrSet(n.args[0])
	}
	return g
}

// unionOrSet: a value set once is that value; set on several paths, any
// of them.
func (v strValue) unionOrSet(w strValue) strValue {
	if v == nil {
		return w
	}
	return v.union(w)
}

// requestNames finds the calls in the function that name v's API:
// v.WithApiInfo(...), v.Init().WithApiInfo(...), v.SetDomain(...).
func (r *originResolver) requestNames(v *types.Var, root string) []requestNaming {
	info := r.st.Pass.TypesInfo
	var out []requestNaming
	ast.Inspect(r.unit.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok || (sel.Sel.Name != "WithApiInfo" && sel.Sel.Name != "SetDomain") || requestVar(info, sel.X) != v {
			return true
		}
		fn, ok := info.Uses[sel.Sel].(*types.Func)
		if !ok {
			return true
		}
		if httpRoot, ok := sdkTree(fn.Pkg(), "http"); !ok || httpRoot != root {
			return true
		}
		naming := requestNaming{method: sel.Sel.Name}
		for _, a := range call.Args {
			naming.args = append(naming.args, r.stringOf(a))
		}
		if (naming.method == "WithApiInfo" && len(naming.args) == 3) || (naming.method == "SetDomain" && len(naming.args) == 1) {
			out = append(out, naming)
		}
		return true
	})
	return out
}

// requestVar returns the variable a request method is called on, through
// Init(): req.Init().WithApiInfo(...) names req.
func requestVar(info *types.Info, x ast.Expr) *types.Var {
	for {
		switch e := ast.Unparen(x).(type) {
		case *ast.Ident:
			v, _ := info.ObjectOf(e).(*types.Var)
			return v
		case *ast.CallExpr:
			sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "Init" || len(e.Args) != 0 {
				return nil
			}
			x = sel.X
		default:
			return nil
		}
	}
}

// setsActionParameters matches req.SetActionParameters(data) of a generic
// request: its error is the SDK's client-side ClientError.ParseJsonError
// or ClientError.InvalidParameter, codes every origin may have, so it
// brings nothing of a product.
func setsActionParameters(info *types.Info, call *ast.CallExpr) bool {
	fn, ok := flow.CalleeFunc(info, call)
	if !ok || fn.Name() != "SetActionParameters" {
		return false
	}
	_, ok = sdkTree(fn.Pkg(), "http")
	return ok
}
