package extract

import (
	"go/ast"
	"strings"
)

// maxGenericCalls bounds the product and action pairs one request can
// stand for; past it the origin is unknown.
const maxGenericCalls = 64

// originOfRequest is the origin of the error a generic request gets: the
// product its service names, at its API version, for its action. A
// request whose names wait for parameters is an origin its callers fill
// in; one whose names are not constant (a domain from configuration) is
// unknown.
func (st *State) originOfRequest(g genericRequest) Origin {
	services, okS := g.service.firstSegment().constants()
	versions, okV := g.version.constants()
	actions, okA := g.action.constants()
	domains, okD := g.domain.firstSegment().constants() // a nil domain has none
	if g.param < 0 && okS && okV && okA && okD {
		return st.requestCalls(g.root, services, versions, actions, domains)
	}
	if g.waits() {
		return Origin{Summarizable: true, generic: []genericRequest{g}}
	}
	switch {
	case !okS:
		return unknownBecause(whyGenericRequest, "a service name that is not constant")
	case !okD:
		return unknownBecause(whyGenericRequest, "a domain that is not constant")
	case !okV:
		return unknownBecause(whyGenericRequest, "an API version that is not constant")
	}
	return unknownBecause(whyGenericRequest, "an action name that is not constant")
}

// requestCalls turns constant names into call sites. A domain naming
// another service than the request's, or a product or version nothing
// tells the codes of, leaves the origin unknown.
func (st *State) requestCalls(root string, services, versions, actions, domains []string) Origin {
	if len(services)*len(versions)*len(actions) > maxGenericCalls {
		return unknownBecause(whyGenericRequest, "too many products and actions")
	}
	for _, d := range domains {
		if len(services) != 1 || d != services[0] {
			return unknownBecause(whyGenericRequest, "a domain of another service than the request's")
		}
	}
	var calls []CallSite
	for _, service := range services {
		for _, version := range versions {
			folder, ok := apiVersionFolder(version)
			if !ok {
				return unknownBecause(whyGenericRequest, "an API version that is not a date")
			}
			path := root + "/" + service + "/" + folder
			p := st.productByPath(factCall{Path: path, Product: service, Version: folder})
			if p == nil {
				return unknownBecause(whyOpaqueProduct, path)
			}
			for _, action := range actions {
				calls = append(calls, CallSite{Product: p, Action: action, Generic: true})
			}
		}
	}
	return callOrigin(calls...).normalize()
}

// apiVersionFolder turns an API version as requests name it (2017-03-12)
// into its package folder (v20170312).
func apiVersionFolder(version string) (string, bool) {
	digits := strings.ReplaceAll(version, "-", "")
	if len(version) != 10 || len(digits) != 8 || version[4] != '-' || version[7] != '-' {
		return "", false
	}
	for _, c := range digits {
		if c < '0' || c > '9' {
			return "", false
		}
	}
	return "v" + digits, true
}

// fillRequest fills a waiting request in with what a call passes: the
// request argument, or the strings naming it.
func (r *originResolver) fillRequest(g genericRequest, call *ast.CallExpr) Origin {
	if call.Ellipsis.IsValid() {
		return unknownBecause(whyGenericRequest, "a call with a spread argument list")
	}
	if g.param >= 0 {
		if g.param >= len(call.Args) {
			return UnknownOrigin
		}
		reqs, why := r.requestOf(call.Args[g.param], g.root)
		if reqs == nil {
			return unknownBecause(whyGenericRequest, why)
		}
		var u originUnion
		for _, req := range reqs {
			u.add(r.st.originOfRequest(req))
		}
		return u.o
	}
	arg := func(k int) strValue {
		if k >= len(call.Args) {
			return strUnknown()
		}
		return r.stringOf(call.Args[k])
	}
	g.service = g.service.substitute(arg)
	g.version = g.version.substitute(arg)
	g.action = g.action.substitute(arg)
	if g.domain != nil {
		g.domain = g.domain.substitute(arg)
	}
	return r.st.originOfRequest(g)
}
