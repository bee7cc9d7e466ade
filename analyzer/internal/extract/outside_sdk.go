package extract

import (
	"go/ast"
	"go/types"
	"strings"
)

// A call of a function the analyzer cannot summarize still brings no SDK
// error when nothing it runs can reach the SDK: its package is one that
// never imports a Tencent Cloud SDK, and nothing it is handed can call
// back into the program or hand it an error. err = limiter.Wait(ctx)
// (golang.org/x/time/rate) before a loop of SDK calls, or
// n, err := strconv.Atoi(s), then add nothing where the error merges with
// an SDK call's. Which packages never import the SDK is decided by path,
// not by a fact: the standard library and golang.org/x, whose modules
// depend on no cloud SDK. (A fact on every package of a build would be
// copied into every package downstream.)

// bringsNoSDKError reports whether the call of fn cannot return an SDK
// error: fn's package is outside every SDK's reach, and no argument (nor
// the receiver) can carry a function, a channel or an interface value
// other than a context.Context, however deep in its fields: io.ReadAll(r)
// may return what r.Read returns, json.Unmarshal what an UnmarshalJSON
// method of v returns.
func (r *originResolver) bringsNoSDKError(call *ast.CallExpr, fn *types.Func) bool {
	if fn.Pkg() == nil || !outsideSDKReach(fn.Pkg().Path()) {
		return false
	}
	info := r.st.Pass.TypesInfo
	operands := call.Args
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && fn.Type().(*types.Signature).Recv() != nil {
		operands = append([]ast.Expr{sel.X}, operands...)
	}
	for _, e := range operands {
		t := info.TypeOf(e)
		if t == nil || r.st.canCarryCallback(t) {
			return false
		}
	}
	return true
}

// outsideSDKReach reports whether a package at path never imports a
// Tencent Cloud SDK: the standard library and golang.org/x. The standard
// library is told by its top-level directories, not by a first element
// without a dot: a main module may be named "tool" too.
func outsideSDKReach(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return stdRoots[first] || strings.HasPrefix(path, "golang.org/x/")
}

// stdRoots are the first elements of the standard library's import paths.
var stdRoots = map[string]bool{
	"archive": true, "bufio": true, "bytes": true, "cmp": true, "compress": true, "container": true,
	"context": true, "crypto": true, "database": true, "debug": true, "embed": true, "encoding": true,
	"errors": true, "expvar": true, "flag": true, "fmt": true, "go": true, "hash": true, "html": true,
	"image": true, "index": true, "io": true, "iter": true, "log": true, "maps": true, "math": true,
	"mime": true, "net": true, "os": true, "path": true, "plugin": true, "reflect": true, "regexp": true,
	"runtime": true, "slices": true, "sort": true, "strconv": true, "strings": true, "structs": true,
	"sync": true, "syscall": true, "testing": true, "text": true, "time": true, "unicode": true,
	"unique": true, "unsafe": true, "weak": true,
}

// canCarryCallback reports whether a value of type t can hold a function,
// a channel or an interface value (a context.Context aside), in itself or
// in its elements and fields; remembered per type.
func (st *State) canCarryCallback(t types.Type) bool {
	if st.carriers == nil {
		st.carriers = map[types.Type]bool{}
	}
	return carries(t, st.carriers)
}

func carries(t types.Type, memo map[types.Type]bool) bool {
	if named, ok := types.Unalias(t).(*types.Named); ok {
		if obj := named.Obj(); obj.Pkg() != nil && obj.Pkg().Path() == "context" && obj.Name() == "Context" {
			return false // its Err is the context's own
		}
		if got, done := memo[named]; done {
			return got
		}
		memo[named] = false // a recursive type: its own fields decide
		got := carries(named.Underlying(), memo)
		memo[named] = got
		return got
	}
	switch u := types.Unalias(t).(type) {
	case *types.Basic:
		return false
	case *types.Pointer:
		return carries(u.Elem(), memo)
	case *types.Slice:
		return carries(u.Elem(), memo)
	case *types.Array:
		return carries(u.Elem(), memo)
	case *types.Map:
		return carries(u.Key(), memo) || carries(u.Elem(), memo)
	case *types.Struct:
		for i := range u.NumFields() {
			if carries(u.Field(i).Type(), memo) {
				return true
			}
		}
		return false
	}
	return true // functions, channels, interfaces, type parameters
}
