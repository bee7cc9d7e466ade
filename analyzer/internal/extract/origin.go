package extract

import (
	"cmp"
	"go/types"
	"slices"
	"sort"

	"github.com/tcerrcheck/tcerrcheck/codes"
)

// CallSite is one SDK client call that may have produced an error.
type CallSite struct {
	Product *codes.Product
	Action  string
	Method  *types.Func // the Client method called; nil when known from a fact
	Generic bool        // a request of the SDK's generic client, named by strings
}

// Origin is what produced an error value: a set of SDK client calls, or
// unknown. One unknown contribution makes the whole origin unknown, so the
// product checks only run when every way the value is set is understood.
//
// While a function is summarized for its callers, its parameters are
// understood too: an error parameter passed through, or a func parameter
// whose returned error is passed on. Such an origin is summarizable but not
// known: the checks inside the function treat it as unknown, and the
// caller fills the parameters in.
type Origin struct {
	Known        bool // every source is an SDK call
	Summarizable bool // every source is an SDK call or a parameter
	Calls        []CallSite
	errParams    []int // error parameters whose value flows in
	funcParams   []int // func parameters whose returned error flows in
	// generic: requests of the SDK's generic client whose product or
	// action waits for the function's parameters (generic_client.go).
	generic []genericRequest
	// Wrapped: on every path the SDK error was wrapped in another error
	// (fmt.Errorf with %w, github.com/pkg/errors' WithStack, Wrap,
	// WithMessage) and not unwrapped since. errors.As finds it; a type
	// assertion or a one-type type switch case never does.
	Wrapped bool
	Why     unknownReason // of an unknown origin: what the analyzer could not follow
	// none marks a value that brings no SDK error of its own, so that it
	// contributes nothing where values merge (alone it is unknown): a
	// variable that on this path holds only errors.New(...) or the like,
	// or one whose origin is being worked out, reached again through its
	// own sources (err = wrap(err), or err = resource.Retry(func() {...
	// return RetryError(err) })), which holds what its other sources
	// give it: the least solution of the cycle.
	none bool
	cos  []COSCall // of an unknown origin: its every source is a COS call (cos_origin.go)
	// Built are the codes of the SDK errors the program builds itself on
	// some path, errors.NewTencentCloudSDKError("Code", ...) with a
	// constant code (hand_built.go), sorted. Alone such an error is a
	// source that brings no call's error (none, unknown with the reason
	// why); beside calls, its code is one more the origin may carry.
	Built []string
}

var UnknownOrigin = Origin{}

// unknownBecause is an unknown origin with the reason the inventory gives.
func unknownBecause(kind reasonKind, name string) Origin {
	return Origin{Why: unknownReason{kind: kind, name: name}}
}

func callOrigin(calls ...CallSite) Origin {
	return Origin{Known: true, Summarizable: true, Calls: calls}
}

// originUnion merges origins as they are found: the returns of a body,
// the errors a closure wraps.
type originUnion struct {
	o     Origin
	found bool
}

func (u *originUnion) add(p Origin) {
	if !u.found {
		u.o, u.found = p, true
	} else {
		u.o = u.o.Merge(p)
	}
}

// Merge combines the origins of the several sources of one variable.
func (o Origin) Merge(p Origin) Origin {
	switch {
	case o.none:
		p.Built = union(p.Built, o.Built)
		return p
	case p.none:
		o.Built = union(o.Built, p.Built)
		return o
	}
	if m, ok := mergeCOS(o, p); ok {
		return m
	}
	if !o.Summarizable {
		return Origin{Why: o.Why}
	}
	if !p.Summarizable {
		return Origin{Why: p.Why}
	}
	out := Origin{
		Known:        o.Known && p.Known,
		Summarizable: true,
		Calls:        append(append([]CallSite(nil), o.Calls...), p.Calls...),
		errParams:    union(o.errParams, p.errParams),
		funcParams:   union(o.funcParams, p.funcParams),
		generic:      append(append([]genericRequest(nil), o.generic...), p.generic...),
		Wrapped:      o.Wrapped && p.Wrapped,
		Built:        union(o.Built, p.Built),
	}
	return out.normalize()
}

// union returns the sorted union of two sets held in slices, as a new
// slice (nil when both are empty): parameter indexes, built codes.
func union[T cmp.Ordered](a, b []T) []T {
	if len(a)+len(b) == 0 {
		return nil
	}
	out := append(append([]T(nil), a...), b...)
	slices.Sort(out)
	return slices.Compact(out)
}

func (o Origin) normalize() Origin {
	sort.Slice(o.Calls, func(i, j int) bool {
		a, b := o.Calls[i], o.Calls[j]
		if a.Product.Path != b.Product.Path {
			return a.Product.Path < b.Product.Path
		}
		return a.Action < b.Action
	})
	w := 0
	for i, c := range o.Calls {
		if i == 0 || c.Product.Path != o.Calls[w-1].Product.Path || c.Action != o.Calls[w-1].Action {
			o.Calls[w] = c
			w++
		}
	}
	o.Calls = o.Calls[:w]
	return o
}

// Products returns the distinct products of a known origin.
func (o Origin) Products() []*codes.Product {
	var out []*codes.Product
	for _, c := range o.Calls {
		if len(out) == 0 || out[len(out)-1].Path != c.Product.Path {
			out = append(out, c.Product)
		}
	}
	return out
}
