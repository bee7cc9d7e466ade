package codes

import (
	"go/constant"
	"go/types"
	"strings"
)

// Product is an SDK product package in view: what the type checker knows
// about tencentcloud/<Name>/<Version> through export data.
type Product struct {
	Name    string // product, e.g. "cvm"
	Version string // API version directory, e.g. "v20170312"
	Path    string // import path
	Codes   Set    // values of the errors.go constants
}

// ParseProductPath recognises an SDK product package by layout, not by
// module path, so the Chinese SDK, the intl-en SDK and repackaged forks are
// all recognised: the path ends in tencentcloud/<product>/v<YYYYMMDD>.
func ParseProductPath(path string) (name, version string, ok bool) {
	rest, version, ok := cutLast(path)
	if !ok || !isAPIVersion(version) {
		return "", "", false
	}
	rest, name, ok = cutLast(rest)
	if !ok || !isProductName(name) || name == "common" {
		return "", "", false
	}
	if rest != "tencentcloud" && !strings.HasSuffix(rest, "/tencentcloud") {
		return "", "", false
	}
	return name, version, true
}

// ProductOf returns the product package pkg is, with its code set read from
// the package's exported string constants. The only other exported constant
// of a product package is APIVersion; anything not code-shaped is ignored.
func ProductOf(pkg *types.Package) (*Product, bool) {
	if pkg == nil {
		return nil, false
	}
	name, version, ok := productLayout(pkg)
	if !ok {
		return nil, false
	}
	p := &Product{Name: name, Version: version, Path: pkg.Path(), Codes: Set{}}
	scope := pkg.Scope()
	for _, id := range scope.Names() {
		c, ok := scope.Lookup(id).(*types.Const)
		if !ok || !c.Exported() || id == "APIVersion" || c.Val().Kind() != constant.String {
			continue
		}
		if v := constant.StringVal(c.Val()); IsCodeShaped(v) {
			p.Codes.Add(v)
		}
	}
	return p, true
}

// IsSDKPath reports whether path belongs to an SDK (a product package or
// anything under tencentcloud/common), by layout.
func IsSDKPath(path string) bool {
	if _, _, ok := ParseProductPath(path); ok {
		return true
	}
	return strings.Contains("/"+path+"/", "/tencentcloud/common/")
}

// ClientAction returns the API action a call of fn makes: fn is a method
// of a product's Client (DescribeInstances, or its context twin
// DescribeInstancesWithContext), or a package-level function of a product
// that takes the Client as its first parameter after an optional context,
// as forks that drop the methods write them (DescribeRecordList(c,
// request), DescribeRecordListWithContext(ctx, c, request)). ok is false
// for anything else.
func ClientAction(fn *types.Func) (action string, pkg *types.Package, ok bool) {
	if fn == nil || fn.Pkg() == nil || !fn.Exported() {
		return "", nil, false
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || !returnsError(sig) {
		return "", nil, false
	}
	client := sig.Recv()
	if client == nil {
		at := 0
		if takesContext(sig) {
			at = 1
		}
		if sig.Params().Len() <= at {
			return "", nil, false
		}
		client = sig.Params().At(at)
	}
	if !isOwnClient(client.Type(), fn.Pkg()) || !IsProductPackage(fn.Pkg()) {
		return "", nil, false
	}
	return actionName(fn.Name(), sig), fn.Pkg(), true
}

// isOwnClient reports whether t is (a pointer to) the Client type of pkg.
func isOwnClient(t types.Type, pkg *types.Package) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	return ok && named.Obj().Name() == "Client" && named.Obj().Pkg() == pkg
}

// actionName strips the WithContext of an action's context twin.
func actionName(name string, sig *types.Signature) string {
	if takesContext(sig) {
		return strings.TrimSuffix(name, "WithContext")
	}
	return name
}

// takesContext reports whether the first parameter is a context.Context,
// which tells the XWithContext twin of action X from an action whose own
// name happens to end in "WithContext".
func takesContext(sig *types.Signature) bool {
	if sig.Params().Len() == 0 {
		return false
	}
	named, ok := types.Unalias(sig.Params().At(0).Type()).(*types.Named)
	return ok && named.Obj().Name() == "Context" && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == "context"
}

func returnsError(sig *types.Signature) bool {
	res := sig.Results()
	if res.Len() == 0 {
		return false
	}
	last := res.At(res.Len() - 1).Type()
	return types.Identical(last, types.Universe.Lookup("error").Type())
}

func cutLast(path string) (rest, last string, ok bool) {
	i := strings.LastIndexByte(path, '/')
	if i < 0 {
		return "", "", false
	}
	return path[:i], path[i+1:], true
}

// isAPIVersion matches v followed by eight digits (v20170312).
func isAPIVersion(s string) bool {
	if len(s) != 9 || s[0] != 'v' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isProductName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}
