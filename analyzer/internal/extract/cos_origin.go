package extract

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// COSCall is one call of a COS service method that may have produced an
// error: client.Object.Get is Service "Object", Method "Get".
type COSCall struct {
	Service, Method string
	Fn              *types.Func
}

func (c COSCall) String() string { return c.Service + "." + c.Method }

// cosServices are the services whose answers carry COS's XML error codes.
// The SDK's other services (CI, Batch, MetaInsight) answer with codes of
// their own products, CI's even as decimal numbers, so their calls are no
// COS origin: their errors have an unknown origin.
var cosServices = []string{"ServiceService", "BucketService", "ObjectService"}

// COSCalls returns the COS service calls an origin consists of: ok is
// true only when every source of the error is such a call. To the API
// 3.0 checks such an origin is unknown (Known is false), as it was before
// COS calls were recognised.
func (o Origin) COSCalls() (calls []COSCall, ok bool) {
	return o.cos, len(o.cos) > 0
}

// ofCOS returns the origin of a COS call's error: a COS service method
// (at its error result), or cos.IsCOSError(err) (at its *ErrorResponse
// result, which is err). ok is false for every other call, and for
// IsCOSError on an error not known to come from COS calls alone: the
// resolver then goes on as it did before.
func (r *originResolver) ofCOS(call *ast.CallExpr, index int) (Origin, bool) {
	fn, ok := typeutil.Callee(r.st.Pass.TypesInfo, call).(*types.Func)
	if !ok || !IsCOSPackage(fn.Pkg()) {
		return Origin{}, false
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Results().Len() == 0 {
		return Origin{}, false
	}
	if fn.Name() == "IsCOSError" && sig.Recv() == nil && index == 0 && len(call.Args) == 1 {
		if o := r.Of(call.Args[0]); o.cos != nil {
			return o, true
		}
		return Origin{}, false
	}
	if index >= 0 && index != sig.Results().Len()-1 {
		return Origin{}, false
	}
	service, ok := cosService(fn, sig)
	if !ok {
		return Origin{}, false
	}
	return Origin{Why: unknownReason{kind: whyCallee, fn: fn}, cos: []COSCall{{service, fn.Name(), fn}}}, true
}

// cosService reports whether fn is an operation of a COS service: an
// exported method of ServiceService, BucketService or ObjectService that
// returns (..., *Response, error).
func cosService(fn *types.Func, sig *types.Signature) (string, bool) {
	recv := sig.Recv()
	if recv == nil || !fn.Exported() {
		return "", false
	}
	t := recv.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || !slices.Contains(cosServices, named.Obj().Name()) {
		return "", false
	}
	res := sig.Results()
	n := res.Len()
	if n < 2 || !types.Identical(res.At(n-1).Type(), errorType) {
		return "", false
	}
	p, ok := res.At(n - 2).Type().(*types.Pointer)
	if !ok {
		return "", false
	}
	resp, ok := types.Unalias(p.Elem()).(*types.Named)
	if !ok || resp.Obj().Name() != "Response" || resp.Obj().Pkg() != fn.Pkg() {
		return "", false
	}
	return strings.TrimSuffix(named.Obj().Name(), "Service"), true
}

// mergeCOS merges two origins that both consist of COS calls alone; ok is
// false otherwise, and Merge goes on as before (a COS call beside anything
// else makes the origin unknown, for the API 3.0 checks and COS's alike).
func mergeCOS(o, p Origin) (Origin, bool) {
	if o.cos == nil || p.cos == nil {
		return Origin{}, false
	}
	calls := slices.Clone(o.cos)
	for _, c := range p.cos {
		if !slices.ContainsFunc(calls, func(d COSCall) bool { return d.Fn == c.Fn }) {
			calls = append(calls, c)
		}
	}
	slices.SortFunc(calls, func(a, b COSCall) int { return strings.Compare(a.String(), b.String()) })
	return Origin{Why: o.Why, cos: calls}, true
}
