package analyzer

import (
	"go/types"
	"slices"
	"sort"

	"github.com/tcerrcheck/tcerrcheck/codes"
)

// callSite is one SDK client call that may have produced an error.
type callSite struct {
	product *codes.Product
	action  string
	method  *types.Func // the Client method called; nil when known from a fact
}

// origin is what produced an error value: a set of SDK client calls, or
// unknown. One unknown contribution makes the whole origin unknown, so the
// product checks only run when every way the value is set is understood.
//
// While a function is summarized for its callers, its parameters are
// understood too: an error parameter passed through, or a func parameter
// whose returned error is passed on. Such an origin is summarizable but not
// known: the checks inside the function treat it as unknown, and the
// caller fills the parameters in.
type origin struct {
	known        bool // every source is an SDK call
	summarizable bool // every source is an SDK call or a parameter
	calls        []callSite
	errParams    []int         // error parameters whose value flows in
	funcParams   []int         // func parameters whose returned error flows in
	why          unknownReason // of an unknown origin: what the analyzer could not follow
	// none marks a value that brings no SDK error of its own, so that it
	// contributes nothing where values merge (alone it is unknown): a
	// variable that on this path holds only errors.New(...) or the like,
	// or one whose origin is being worked out, reached again through its
	// own sources (err = wrap(err), or err = resource.Retry(func() {...
	// return RetryError(err) })), which holds what its other sources
	// give it: the least solution of the cycle.
	none bool
}

var unknownOrigin = origin{}

// unknownBecause is an unknown origin with the reason the inventory gives.
func unknownBecause(kind reasonKind, name string) origin {
	return origin{why: unknownReason{kind: kind, name: name}}
}

func callOrigin(calls ...callSite) origin {
	return origin{known: true, summarizable: true, calls: calls}
}

// originUnion merges origins as they are found: the returns of a body,
// the errors a closure wraps.
type originUnion struct {
	o     origin
	found bool
}

func (u *originUnion) add(p origin) {
	if !u.found {
		u.o, u.found = p, true
	} else {
		u.o = u.o.merge(p)
	}
}

// merge combines the origins of the several sources of one variable.
func (o origin) merge(p origin) origin {
	switch {
	case o.none:
		return p
	case p.none:
		return o
	}
	if !o.summarizable {
		return origin{why: o.why}
	}
	if !p.summarizable {
		return origin{why: p.why}
	}
	out := origin{
		known:        o.known && p.known,
		summarizable: true,
		calls:        append(append([]callSite(nil), o.calls...), p.calls...),
		errParams:    unionInts(o.errParams, p.errParams),
		funcParams:   unionInts(o.funcParams, p.funcParams),
	}
	return out.normalize()
}

func unionInts(a, b []int) []int {
	out := append([]int(nil), a...)
	for _, x := range b {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	slices.Sort(out)
	return out
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
		if i == 0 || c.product.Path != o.calls[w-1].product.Path || c.action != o.calls[w-1].action {
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
