package codes

import (
	"go/types"
	"strings"
)

// IsSDKErrorType reports whether t is (a pointer to) an SDK flavour's
// error type. Each flavour has its own: TencentCloudSDKError of the
// Chinese SDK and of the intl-en SDK are distinct types, and forks rename
// it. What they share is the shape (string fields Code, Message and
// RequestId and a GetCode() string method) and the role: the type is
// declared in a package laid out like the SDK's common/errors, or in a
// product package itself. Both are required, so an application's own
// error struct with a Code field is never taken for one.
func IsSDKErrorType(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	pkg := named.Obj().Pkg()
	return pkg != nil && hasSDKErrorRole(pkg) && isSDKErrorShaped(named)
}

// hasSDKErrorRole reports whether pkg may declare an SDK error type: it is
// laid out like the SDK's common/errors, or like a product package.
func hasSDKErrorRole(pkg *types.Package) bool {
	return IsSDKErrorsPath(pkg.Path()) || IsProductPackage(pkg)
}

// isSDKErrorShaped: the SDK's own name, or its shape under another name.
func isSDKErrorShaped(named *types.Named) bool {
	return named.Obj().Name() == "TencentCloudSDKError" || hasSDKErrorShape(named)
}

// IsSDKErrorsPath reports whether path is laid out like an SDK errors
// package: …/common/errors.
func IsSDKErrorsPath(path string) bool {
	return path == "common/errors" || strings.HasSuffix(path, "/common/errors")
}

// hasSDKErrorShape: string fields Code, Message and RequestId, and a
// GetCode() string method on the type or its pointer.
func hasSDKErrorShape(named *types.Named) bool {
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	found := 0
	for i := range st.NumFields() {
		switch f := st.Field(i); f.Name() {
		case "Code", "Message", "RequestId":
			if isStringType(f.Type()) {
				found++
			}
		}
	}
	if found != 3 { // field names of a struct are distinct
		return false
	}
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(named), false, named.Obj().Pkg(), "GetCode")
	fn, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	sig := fn.Type().(*types.Signature)
	return sig.Params().Len() == 0 && sig.Results().Len() == 1 && isStringType(sig.Results().At(0).Type())
}

func isStringType(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// ErrorsPathOf returns the path of the errors package whose error type a
// product's calls return: the errors package beside the common package its
// Client embeds. ok is false when the product's Client embeds none.
func ErrorsPathOf(product *types.Package) (path string, ok bool) {
	common := EmbeddedCommonClient(product)
	if common == nil {
		return "", false
	}
	return common.Path() + "/errors", true
}

// SDKErrorTypesIn lists the SDK error types pkg declares. The role is the
// package's, so it is settled once before the (possibly thousands of)
// names of a product package are looked at.
func SDKErrorTypesIn(pkg *types.Package) []*types.TypeName {
	if !hasSDKErrorRole(pkg) {
		return nil
	}
	var out []*types.TypeName
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		if named, ok := tn.Type().(*types.Named); ok && isSDKErrorShaped(named) {
			out = append(out, tn)
		}
	}
	return out
}
