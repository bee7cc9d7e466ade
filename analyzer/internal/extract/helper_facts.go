package extract

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/codes"
)

// CodeHelperFact says a function compares an error's code with codes its
// caller passes: isExpectedErr(err, []string{...}), retryError(err,
// extra...), hasCode(code, "A", "B"). Call sites are then checked as if
// they compared the code themselves, against the origin of their argument.
type CodeHelperFact struct {
	ErrParam  int    // the error whose code is compared, or -1
	CodeParam int    // the string parameter holding the code, or -1
	ListParam int    // the parameter holding the compared codes
	List      bool   // ListParam is a []string (or ...string)
	Variadic  bool   // ListParam is variadic
	Mode      string // how the helper matches: see helperModes
	Builtin   []string
	// COS: whose codes it compares, API 3.0's (0), COS's or both, and
	// COSBuiltin its own COS codes (cos_helpers.go).
	COS        uint8
	COSBuiltin []string
}

func (*CodeHelperFact) AFact() {}

func (f *CodeHelperFact) String() string {
	from := fmt.Sprintf("err %d", f.ErrParam)
	if f.ErrParam < 0 {
		from = fmt.Sprintf("code %d", f.CodeParam)
	}
	s := fmt.Sprintf("codeHelper(%s, codes %d, %s", from, f.ListParam, f.Mode)
	if len(f.Builtin) > 0 {
		s += ", builtin " + strings.Join(f.Builtin, " ")
	}
	return s + cosHelperString(f) + ")"
}

// helperModes names the match modes in facts, from strictest to most
// permissive; a helper that matches in several ways gets the most
// permissive, so that no call is reported on a guess.
var helperModes = []struct {
	name string
	mode MatchMode
}{
	{"exact", MatchExact},
	{"fold", MatchFold},
	{"family", MatchRoot},
	{"prefix", MatchPrefix},
	{"substring", MatchSubstring},
	{"message", MatchSubstring}, // searched in err.Error()
}

func modeName(m MatchMode, message bool) string {
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
		mode MatchMode
	}) bool {
		return h.name == name
	})
}

// CodeHelper returns fn's codeHelperFact, nil when fn is no code helper.
func (st *State) CodeHelper(fn *types.Func) *CodeHelperFact {
	return funcFact(st, fn, st.helpers, st.detectHelper)
}

// detectHelper looks for a comparison of the code of an error parameter
// (or of a string parameter) with a parameter's codes.
func (st *State) detectHelper(unit FuncUnit) *CodeHelperFact {
	sig, ok := unit.Obj.Type().(*types.Signature)
	if !ok {
		return nil
	}
	if fact := st.detectMembership(unit, sig); fact != nil {
		return fact
	}
	comps := st.ComparisonsOf(unit)
	fact := helperOf(comps, sig)
	if fact != nil {
		fact.Builtin = builtinCodes(comps, fact)
	}
	return st.withCOSHelper(unit, sig, fact) // cos_helpers.go
}

// helperOf reads a helper's fact from its comparisons: the first that
// compares a code parameter, or an error parameter's code, with codes its
// caller passes decides the parameters; the most permissive matching mode
// on that list wins. nil when none does.
func helperOf(comps []Comparison, sig *types.Signature) *CodeHelperFact {
	var fact *CodeHelperFact
	for _, c := range comps {
		errParam, codeParam, ok := ParamCode(c.Ref)
		if !ok {
			continue
		}
		for _, v := range c.Values {
			if !v.FromParam {
				continue
			}
			mode := modeName(v.Mode, c.Ref.Kind == kindMessage)
			if fact == nil {
				_, list := sig.Params().At(v.Param).Type().Underlying().(*types.Slice)
				fact = &CodeHelperFact{ErrParam: errParam, CodeParam: codeParam, ListParam: v.Param, List: list,
					Variadic: sig.Variadic() && v.Param == sig.Params().Len()-1, Mode: mode}
			} else if fact.ListParam == v.Param && modeRank(mode) > modeRank(fact.Mode) {
				fact.Mode = mode
			}
		}
	}
	return fact
}

// ParamCode reports whether a comparison's code comes from a parameter:
// an error parameter's code, or a string parameter.
func ParamCode(ref codeRef) (errParam, codeParam int, ok bool) {
	if ref.Kind == KindParam {
		return -1, ref.param, true
	}
	if k, ok := ErrParamOf(ref.Origin); ok {
		return k, -1, true
	}
	return 0, 0, false
}

// ErrParamOf reports whether an origin is exactly one error parameter of
// the function, not reassigned: what its callers pass decides it.
func ErrParamOf(o Origin) (int, bool) {
	if !o.Known && o.Summarizable && len(o.errParams) == 1 && len(o.Calls)+len(o.funcParams)+len(o.generic) == 0 {
		return o.errParams[0], true
	}
	return 0, false
}

// builtinCodes are the constant codes a helper compares the same code
// with: the list a retry helper merges with its caller's. What is not
// code-shaped (the "." of strings.Contains(code, ".")) is no code.
func builtinCodes(comps []Comparison, fact *CodeHelperFact) []string {
	var out []string
	for _, c := range comps {
		errParam, codeParam, ok := ParamCode(c.Ref)
		if !ok || errParam != fact.ErrParam || codeParam != fact.CodeParam {
			continue
		}
		for _, v := range c.Values {
			if !v.FromParam && codes.IsCodeShaped(v.Text) && !slices.Contains(out, v.Text) {
				out = append(out, v.Text)
			}
		}
	}
	slices.Sort(out)
	return out
}

// helperComparison turns a call of a code helper into the comparison the
// helper makes: the call's codes against its error argument's origin.
func (r *originResolver) helperComparison(call *ast.CallExpr, fact *CodeHelperFact) (Comparison, bool) {
	// A variadic list may be empty (RetryError(err)): the helper's own
	// codes are still compared.
	if (fact.ListParam >= len(call.Args) && !(fact.Variadic && fact.ListParam == len(call.Args))) ||
		max(fact.ErrParam, fact.CodeParam) >= len(call.Args) {
		return Comparison{}, false
	}
	ref, ok := r.argumentCode(call.Args, fact.ErrParam, fact.CodeParam)
	if !ok {
		return Comparison{}, false
	}
	ref.COS = ref.COS || fact.comparesCOS(ref.Origin) // cos_helpers.go
	var vals []Value
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
	for _, code := range fact.builtinFor(ref) {
		vals = append(vals, Value{Text: code, At: call, Builtin: true})
	}
	if fact.Mode == "message" {
		return Comparison{Ref: ref, Values: messageCodes(vals)}, true
	}
	c := newComparison(ref, modeByName(fact.Mode), vals)
	if fact.ErrParam < 0 {
		c.Code = call.Args[fact.CodeParam] // the code handed over: IsInStringArray(e.Code, list)
	}
	return c, true
}

// modeByName is the match mode a fact names (exact when unknown).
func modeByName(name string) MatchMode {
	for _, h := range helperModes {
		if h.name == name {
			return h.mode
		}
	}
	return MatchExact
}

// argumentCode is the code a call hands a helper: the code of its error
// argument errParam, or else its code argument codeParam.
func (r *originResolver) argumentCode(args []ast.Expr, errParam, codeParam int) (codeRef, bool) {
	if k := max(errParam, codeParam); k >= len(args) {
		return codeRef{}, false
	}
	if errParam >= 0 {
		return codeRef{Kind: KindCode, Origin: r.Of(args[errParam])}, true
	}
	ref, ok := r.codeOf(args[codeParam])
	return ref, ok && ref.Kind != kindMessage
}
