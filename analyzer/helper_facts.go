package analyzer

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/codes"
)

// codeHelperFact says a function compares an error's code with codes its
// caller passes: isExpectedErr(err, []string{...}), retryError(err,
// extra...), hasCode(code, "A", "B"). Call sites are then checked as if
// they compared the code themselves, against the origin of their argument.
type codeHelperFact struct {
	ErrParam  int    // the error whose code is compared, or -1
	CodeParam int    // the string parameter holding the code, or -1
	ListParam int    // the parameter holding the compared codes
	List      bool   // ListParam is a []string (or ...string)
	Variadic  bool   // ListParam is variadic
	Mode      string // how the helper matches: see helperModes
	Builtin   []string
}

func (*codeHelperFact) AFact() {}

func (f *codeHelperFact) String() string {
	from := fmt.Sprintf("err %d", f.ErrParam)
	if f.ErrParam < 0 {
		from = fmt.Sprintf("code %d", f.CodeParam)
	}
	s := fmt.Sprintf("codeHelper(%s, codes %d, %s", from, f.ListParam, f.Mode)
	if len(f.Builtin) > 0 {
		s += ", builtin " + strings.Join(f.Builtin, " ")
	}
	return s + ")"
}

// helperModes names the match modes in facts, from strictest to most
// permissive; a helper that matches in several ways gets the most
// permissive, so that no call is reported on a guess.
var helperModes = []struct {
	name string
	mode matchMode
}{
	{"exact", matchExact},
	{"fold", matchFold},
	{"family", matchRoot},
	{"prefix", matchPrefix},
	{"substring", matchSubstring},
	{"message", matchSubstring}, // searched in err.Error()
}

func modeName(m matchMode, message bool) string {
	if message {
		return "message"
	}
	for _, h := range helperModes {
		if h.mode == m {
			return h.name
		}
	}
	return "exact"
}

func modeRank(name string) int {
	return slices.IndexFunc(helperModes, func(h struct {
		name string
		mode matchMode
	}) bool {
		return h.name == name
	})
}

// codeHelper returns fn's codeHelperFact, nil when fn is no code helper.
func (st *passState) codeHelper(fn *types.Func) *codeHelperFact {
	return funcFact(st, fn, st.helpers, st.detectHelper)
}

// detectHelper looks for a comparison of the code of an error parameter
// (or of a string parameter) with a parameter's codes.
func (st *passState) detectHelper(unit funcUnit) *codeHelperFact {
	sig, ok := unit.obj.Type().(*types.Signature)
	if !ok {
		return nil
	}
	if fact := st.detectMembership(unit, sig); fact != nil {
		return fact
	}
	var fact *codeHelperFact
	for _, c := range st.comparisonsOf(unit) {
		errParam, codeParam, ok := paramCode(c.ref)
		if !ok {
			continue
		}
		for _, v := range c.values {
			if !v.fromParam {
				continue
			}
			mode := modeName(v.mode, c.ref.kind == kindMessage)
			if fact == nil {
				_, list := sig.Params().At(v.param).Type().Underlying().(*types.Slice)
				fact = &codeHelperFact{ErrParam: errParam, CodeParam: codeParam, ListParam: v.param, List: list,
					Variadic: sig.Variadic() && v.param == sig.Params().Len()-1, Mode: mode}
			} else if fact.ListParam == v.param && modeRank(mode) > modeRank(fact.Mode) {
				fact.Mode = mode
			}
		}
	}
	if fact != nil {
		fact.Builtin = builtinCodes(st.comparisonsOf(unit), fact)
	}
	return fact
}

// paramCode reports whether a comparison's code comes from a parameter:
// an error parameter's code, or a string parameter.
func paramCode(ref codeRef) (errParam, codeParam int, ok bool) {
	if ref.kind == kindParam {
		return -1, ref.param, true
	}
	if k, ok := errParamOf(ref.origin); ok {
		return k, -1, true
	}
	return 0, 0, false
}

// errParamOf reports whether an origin is exactly one error parameter of
// the function, not reassigned: what its callers pass decides it.
func errParamOf(o origin) (int, bool) {
	if !o.known && o.summarizable && len(o.errParams) == 1 && len(o.calls)+len(o.funcParams) == 0 {
		return o.errParams[0], true
	}
	return 0, false
}

// builtinCodes are the constant codes a helper compares the same code
// with: the list a retry helper merges with its caller's. What is not
// code-shaped (the "." of strings.Contains(code, ".")) is no code.
func builtinCodes(comps []comparison, fact *codeHelperFact) []string {
	var out []string
	for _, c := range comps {
		errParam, codeParam, ok := paramCode(c.ref)
		if !ok || errParam != fact.ErrParam || codeParam != fact.CodeParam {
			continue
		}
		for _, v := range c.values {
			if !v.fromParam && codes.IsCodeShaped(v.text) && !slices.Contains(out, v.text) {
				out = append(out, v.text)
			}
		}
	}
	slices.Sort(out)
	return out
}

// helperComparison turns a call of a code helper into the comparison the
// helper makes: the call's codes against its error argument's origin.
func (r *originResolver) helperComparison(call *ast.CallExpr, fact *codeHelperFact) (comparison, bool) {
	// A variadic list may be empty (RetryError(err)): the helper's own
	// codes are still compared.
	if (fact.ListParam >= len(call.Args) && !(fact.Variadic && fact.ListParam == len(call.Args))) ||
		max(fact.ErrParam, fact.CodeParam) >= len(call.Args) {
		return comparison{}, false
	}
	ref, ok := r.argumentCode(call.Args, fact.ErrParam, fact.CodeParam)
	if !ok {
		return comparison{}, false
	}
	var vals []value
	switch {
	case fact.Variadic && fact.ListParam == len(call.Args):
		// no codes of the caller's
	case fact.Variadic && !call.Ellipsis.IsValid():
		for _, arg := range call.Args[fact.ListParam:] {
			vals = append(vals, r.valuesOf(arg)...)
		}
	case fact.List:
		vals = r.membersOf(call.Args[fact.ListParam])
	default:
		vals = r.valuesOf(call.Args[fact.ListParam])
	}
	for _, code := range fact.Builtin {
		vals = append(vals, value{text: code, at: call, builtin: true})
	}
	if fact.Mode == "message" {
		return comparison{ref: ref, values: messageCodes(vals)}, true
	}
	return newComparison(ref, modeByName(fact.Mode), vals), true
}

// modeByName is the match mode a fact names (exact when unknown).
func modeByName(name string) matchMode {
	for _, h := range helperModes {
		if h.name == name {
			return h.mode
		}
	}
	return matchExact
}

// argumentCode is the code a call hands a helper: the code of its error
// argument errParam, or else its code argument codeParam.
func (r *originResolver) argumentCode(args []ast.Expr, errParam, codeParam int) (codeRef, bool) {
	if k := max(errParam, codeParam); k >= len(args) {
		return codeRef{}, false
	}
	if errParam >= 0 {
		return codeRef{kind: kindCode, origin: r.of(args[errParam])}, true
	}
	ref, ok := r.codeOf(args[codeParam])
	return ref, ok && ref.kind != kindMessage
}
