package extract

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/codes"
	"golang.org/x/tools/go/analysis"
)

// Object storage (COS) is reached through its own SDK,
// github.com/tencentyun/cos-go-sdk-v5, whose errors are *cos.ErrorResponse
// values carrying a Code from COS's XML API. Those codes are a namespace
// of their own (codes.COS), so a comparison of one is marked COS
// (codeRef.COS) and kept apart from the API 3.0 comparisons: ComparisonsOf
// never returns it, COSComparisonsOf does, and the API 3.0 checks, helper
// and classifier facts and retry logic see exactly what they saw before.

// IsCOSPackage reports whether pkg is the COS SDK: its module path, a
// fork or vendored copy whose path ends in /cos-go-sdk-v5, or a copy of
// the package under another path (a package named cos that declares an
// ErrorResponse of the SDK's shape).
func IsCOSPackage(pkg *types.Package) bool {
	if pkg == nil {
		return false
	}
	if isCOSPath(pkg.Path()) {
		return true
	}
	if pkg.Name() != "cos" {
		return false
	}
	tn, ok := pkg.Scope().Lookup("ErrorResponse").(*types.TypeName)
	return ok && hasCOSErrorShape(tn.Type())
}

func isCOSPath(path string) bool {
	return path == codes.COSModulePath || strings.HasSuffix(path, "/cos-go-sdk-v5")
}

// IsCOSErrorType reports whether t is (a pointer to) the COS SDK's
// ErrorResponse. At the SDK's path the name and a string Code field
// suffice; a copy elsewhere must be named ErrorResponse in a package named
// cos and have the SDK's shape: string fields Code, Message, Resource and
// RequestID, and Response *http.Response. An application's own
// ErrorResponse is none of these.
func IsCOSErrorType(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Name() != "ErrorResponse" || named.Obj().Pkg() == nil {
		return false
	}
	pkg := named.Obj().Pkg()
	if isCOSPath(pkg.Path()) {
		st, ok := named.Underlying().(*types.Struct)
		return ok && hasStringField(st, "Code")
	}
	return pkg.Name() == "cos" && hasCOSErrorShape(named)
}

func hasCOSErrorShape(t types.Type) bool {
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for _, name := range []string{"Code", "Message", "Resource", "RequestID"} {
		if !hasStringField(st, name) {
			return false
		}
	}
	for i := range st.NumFields() {
		if f := st.Field(i); f.Name() == "Response" {
			p, ok := f.Type().(*types.Pointer)
			if !ok {
				return false
			}
			n, ok := types.Unalias(p.Elem()).(*types.Named)
			return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "net/http" && n.Obj().Name() == "Response"
		}
	}
	return false
}

func hasStringField(st *types.Struct, name string) bool {
	for i := range st.NumFields() {
		if f := st.Field(i); f.Name() == name {
			return isString(f.Type())
		}
	}
	return false
}

// cosCodeOf handles x.Code where x is a COS error: a code of COS's
// namespace, with the origin of x.
func (r *originResolver) cosCodeOf(sel *ast.SelectorExpr) (codeRef, bool) {
	if sel.Sel.Name != "Code" {
		return codeRef{}, false
	}
	s, ok := r.st.Pass.TypesInfo.Selections[sel]
	if !ok || s.Kind() != types.FieldVal || !IsCOSErrorType(s.Recv()) {
		return codeRef{}, false
	}
	return codeRef{Kind: KindCode, COS: true, Origin: r.Of(sel.X)}, true
}

// UsesCOS reports whether the package imports the COS SDK (and is not
// part of it). A package that uses only the COS SDK gets the COS checks
// alone: what the API 3.0 checks skip stays skipped.
func UsesCOS(pass *analysis.Pass) bool {
	if pass.Pkg == nil || IsCOSPackage(pass.Pkg) {
		return false
	}
	return slices.ContainsFunc(pass.Pkg.Imports(), IsCOSPackage)
}
