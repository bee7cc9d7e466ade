package extract

import (
	"go/types"
	"strings"
)

// Code helpers of COS codes: isCosExpectedError(err, []string{...}), whose
// parameter's code is a COS error's, and helpers shared by both SDKs
// (RetryError(err, extra...) with a case for each error type, comparing
// the caller's codes in both). CodeHelperFact.COS says which: a call's
// codes are then COS codes when the helper compares only COS codes, or
// when it compares both and the call's error comes from COS calls alone.

// Values of CodeHelperFact.COS.
const (
	helperAPI3 uint8 = iota // API 3.0 codes only: the zero value, as before
	helperCOS               // COS codes only
	helperBoth              // both: the error argument's origin decides
)

// withCOSHelper completes the fact detectHelper found among the API 3.0
// comparisons (nil when none) with what the function's COS comparisons
// make of it. A helper whose COS comparisons take another parameter's
// codes than its API 3.0 ones is left as it was.
func (st *State) withCOSHelper(unit FuncUnit, sig *types.Signature, fact *CodeHelperFact) *CodeHelperFact {
	comps := st.COSComparisonsOf(unit)
	cos := helperOf(comps, sig) // COS comparisons never search a message (cos_comparisons.go)
	if cos == nil {
		return fact
	}
	cos.COS = helperCOS
	cos.COSBuiltin = builtinCodes(comps, cos)
	if fact == nil {
		return cos
	}
	if fact.ErrParam != cos.ErrParam || fact.CodeParam != cos.CodeParam || fact.ListParam != cos.ListParam {
		return fact
	}
	fact.COS, fact.COSBuiltin = helperBoth, cos.COSBuiltin
	if modeRank(cos.Mode) > modeRank(fact.Mode) {
		fact.Mode = cos.Mode
	}
	return fact
}

// comparesCOS reports whether a call of the helper whose error argument
// has origin o compares COS codes.
func (f *CodeHelperFact) comparesCOS(o Origin) bool {
	switch f.COS {
	case helperCOS:
		return true
	case helperBoth:
		_, ok := o.COSCalls()
		return ok
	}
	return false
}

// builtinFor returns the helper's own codes that a call comparing COS
// codes (or not) sees.
func (f *CodeHelperFact) builtinFor(ref codeRef) []string {
	if ref.COS {
		return f.COSBuiltin
	}
	if f.COS == helperCOS {
		return nil
	}
	return f.Builtin
}

// IsCOSOnly reports whether the helper compares COS codes alone: it is no
// API 3.0 helper, and a function that is one may still be an API 3.0
// classifier, as it was before COS helpers were recognised.
func (f *CodeHelperFact) IsCOSOnly() bool { return f != nil && f.COS == helperCOS }

func cosHelperString(f *CodeHelperFact) string {
	s := ""
	switch f.COS {
	case helperCOS:
		s = ", cos"
	case helperBoth:
		s = ", api3+cos"
	}
	if len(f.COSBuiltin) > 0 {
		s += ", cos builtin " + strings.Join(f.COSBuiltin, " ")
	}
	return s
}

// cosHelperYields reports whether a call of fn, a helper of COS codes
// alone, is left to what it was before COS helpers were recognised:
// another package's API 3.0 classifier (a function comparing an API 3.0
// error's code with codes of its own, and a COS error's with its
// caller's).
func (r *originResolver) cosHelperYields(fn *types.Func, fact *CodeHelperFact) bool {
	return fact.IsCOSOnly() && fn.Pkg() != r.st.Pass.Pkg && r.st.classifier(fn) != nil
}
