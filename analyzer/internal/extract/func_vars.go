package extract

import (
	"go/types"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/flow"
)

// ofFuncVar returns the origin of the errors returned by the function a
// variable holds: a func parameter (while summarizing a helper, its
// callers fill it in), or a local variable every assignment of which is a
// function value ofFuncValue understands:
//
//	describe := client.DescribeInstances
//	_, err := describe(req)           // cvm DescribeInstances
//	err = retry.Do(ctx, describe, req) // through a call helper too
//
// ok is false for any other variable, or when some assignment is not
// followed (the variable is then a dynamic call, as before).
func (r *originResolver) ofFuncVar(v *types.Var) (o Origin, ok bool) {
	if k, ok := r.funcParams[v]; ok {
		return Origin{Summarizable: true, funcParams: []int{k}}, true
	}
	if !r.index().IsLocal(v) || r.visiting[v] {
		return Origin{}, false
	}
	sources := r.index().Sources[v]
	if len(sources) == 0 {
		return Origin{}, false
	}
	r.visiting[v] = true
	defer delete(r.visiting, v)
	var u originUnion
	for _, s := range sources {
		if s.Kind != flow.SrcAssign {
			return Origin{}, false
		}
		so := r.ofFuncValue(s.Expr)
		if !so.Known && !so.Summarizable {
			return Origin{}, false
		}
		u.add(so)
	}
	return u.o, true
}
