package extract

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/codes"
)

// ClassifierFact says an exported bool function classifies an error (or a
// code) by codes of its own, with none from its caller: IsNotFound(err),
// IsThrottled(code). Its callers in other packages pass errors of their
// own products, so each call is checked there as a comparison with the
// helper's codes: family-exact against the call's origin (the product
// checks stay in the helper's package: a classifier shared by several
// products names codes some callers never see), and the helper's result
// per code for the retry logic around the call.
type ClassifierFact struct {
	ErrParam  int // the error whose code is compared, or -1
	CodeParam int // the string parameter holding the code, or -1
	Codes     []classifiedCode
}

// classifiedCode is one code a classifier compares, how, and what it
// returns when the code matches.
type classifiedCode struct {
	Code, Mode string
	Result     Outcome // outcomeRetry: true, outcomeGiveUp: false
}

func (*ClassifierFact) AFact() {}

func (f *ClassifierFact) String() string {
	var parts []string
	for _, c := range f.Codes {
		result := map[Outcome]string{OutcomeRetry: "true", OutcomeGiveUp: "false"}[c.Result]
		parts = append(parts, fmt.Sprintf("%s %s %s", c.Code, c.Mode, cmp.Or(result, "?")))
	}
	from := fmt.Sprintf("err %d", f.ErrParam)
	if f.ErrParam < 0 {
		from = fmt.Sprintf("code %d", f.CodeParam)
	}
	return fmt.Sprintf("classifier(%s: %s)", from, strings.Join(parts, ", "))
}

// classifier returns fn's classifierFact, nil when fn is no classifier.
func (st *State) classifier(fn *types.Func) *ClassifierFact {
	return funcFact(st, fn, st.classifiers, st.detectClassifier)
}

// detectClassifier: one bool result, no code helper, and every code
// comparison on the same parameter's code, with constant codes.
func (st *State) detectClassifier(unit FuncUnit) *ClassifierFact {
	fn, ok := unit.Obj.(*types.Func)
	if !ok || !returnsOneBool(fn) || (st.CodeHelper(fn) != nil && !st.CodeHelper(fn).IsCOSOnly()) {
		return nil
	}
	branches := st.Branches(unit)
	predicate := RetryPiece{kind: retryPredicate, Node: unit.Typ, Body: unit.Body}
	var fact *ClassifierFact
	for _, c := range st.ComparisonsOf(unit) {
		errParam, codeParam, ok := ParamCode(c.Ref)
		if !ok {
			return nil // it compares other codes too
		}
		if fact == nil {
			fact = &ClassifierFact{ErrParam: errParam, CodeParam: codeParam}
		} else if fact.ErrParam != errParam || fact.CodeParam != codeParam {
			return nil
		}
		for _, v := range c.Values {
			if v.FromParam || !codes.IsCodeShaped(v.Text) {
				continue
			}
			fact.Codes = append(fact.Codes, classifiedCode{
				Code: v.Text, Mode: modeName(v.Mode, c.Ref.Kind == kindMessage),
				Result: branches.OutcomeOf(predicate, c, v),
			})
		}
	}
	if fact == nil || len(fact.Codes) == 0 {
		return nil
	}
	return fact
}

func returnsOneBool(fn *types.Func) bool {
	sig := fn.Type().(*types.Signature)
	return sig.Results().Len() == 1 && types.Identical(sig.Results().At(0).Type(), types.Typ[types.Bool])
}

// classifierComparison turns a call of another package's classifier into
// the comparison it makes: its codes against the argument's origin. Codes
// for which it returns false are left out: the call is false for them.
func (r *originResolver) classifierComparison(call *ast.CallExpr, fn *types.Func, fact *ClassifierFact) (Comparison, bool) {
	ref, ok := r.argumentCode(call.Args, fact.ErrParam, fact.CodeParam)
	if !ok {
		return Comparison{}, false
	}
	c := Comparison{Ref: ref}
	for _, code := range fact.Codes {
		if code.Result == OutcomeGiveUp {
			continue
		}
		v := Value{Text: code.Code, At: call, Mode: modeByName(code.Mode), Classifier: fn, helperResult: code.Result}
		c.Values = append(c.Values, v)
	}
	return c, len(c.Values) > 0
}
