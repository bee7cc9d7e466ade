package check

import (
	"fmt"
	"go/ast"
	"go/types"
	"net/http"
	"slices"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/extract"
	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/suppress"
	"github.com/tcerrcheck/tcerrcheck/codes"
)

// The codes of COS errors (*cos.ErrorResponse of cos-go-sdk-v5) are judged
// against COS's own codes (codes.COS), never the API 3.0 catalog:
//
//   - wrong-case: a code equal to a COS code up to letter case, with a fix;
//   - unknown-code: a code neither namespace has that is a misspelling of
//     a COS code (codes.Suggest's edit distance), with a fix when one COS
//     code is nearest; a code merely unknown (an S3 code COS does not
//     document) is not reported;
//   - wrong-product: an API 3.0 code (declared by a product, or public or
//     client-side) that COS does not have, compared on a COS error. Where
//     the error comes from COS service calls alone (client.Object.Get,
//     ...) any such code; else only a dotted one, which no answer of the
//     COS SDK carries (COS's codes and those of its other services are one
//     segment, or decimal numbers). A code both namespaces have
//     (InternalError, ServiceUnavailable, ...) is valid on either side.
//
// The reverse, a COS code compared on an API 3.0 error of known origin, is
// checkCOSCodeOnAPI3, in the chain of checks.go.

// checkCOS checks the function's comparisons of COS codes.
func (fc *funcCheck) checkCOS() {
	comps := fc.st.COSComparisonsOf(fc.unit)
	if len(comps) == 0 {
		return
	}
	cfc := *fc // the same function, seen through its COS comparisons
	cfc.comps, cfc.cov = comps, nil
	for _, c := range comps {
		for _, v := range c.Values {
			cfc.checkCOSValue(c, v)
		}
	}
	if fc.st.set.Enabled[catRetryIncomplete] {
		cfc.checkCOSRetryLogic() // cos_retry.go
	}
}

// checkCOSValue classifies one value compared with a COS code.
func (fc *funcCheck) checkCOSValue(c extract.Comparison, v extract.Value) {
	if !codes.IsCodeShaped(v.Text) || v.Builtin || v.Classifier != nil {
		return
	}
	q := query{Value: v, origin: c.Ref.Origin}
	cat, vd, ok := fc.st.know.classifyCOS(q)
	if !ok {
		return
	}
	if cat == catWrongProd && fc.cosValidAlongside(c, v) {
		return // copied along with a live branch: changes nothing
	}
	if vd.replacement != "" && fc.comparedAlongside(c, v, vd.replacement) {
		vd = deadComparison(vd)
	}
	if vd.replacement != "" && fc.cosFixWouldDuplicate(c, v, vd.replacement) {
		vd.replacement = ""
	}
	fc.report(cat, q, c.Node, vd)
}

// classifyCOS returns the category and verdict for a value compared with
// a COS code; ok is false for a value that is fine, or not certainly wrong.
func (k *knowledge) classifyCOS(q query) (string, verdict, bool) {
	if k.validCOS(q) {
		return "", verdict{}, false
	}
	if vd, ok := checkCOSWrongCase(q); ok {
		return catWrongCase, vd, true
	}
	if vd, ok := k.checkAPI3CodeOnCOS(q); ok {
		return catWrongProd, vd, true
	}
	if vd, ok := k.checkUnknownCOSCode(q); ok {
		return catUnknownCode, vd, true
	}
	return "", verdict{}, false
}

// validCOS reports whether the value can match a COS code, or is allowed
// with -allow.
func (k *knowledge) validCOS(q query) bool {
	if k.st.set.Allow.Has(q.Text) {
		return true
	}
	if q.Mode == extract.MatchExact || q.Mode == extract.MatchRoot {
		return codes.IsCOSCode(q.Text)
	}
	return anyMatches(q.Mode, q.Text, codes.COSCodeNames())
}

// cosPhrase names the COS calls an error comes from: "cos Object.Get",
// "cos Bucket.Head/Object.Head"; "" when they are not known.
func cosPhrase(o extract.Origin) string {
	calls, ok := o.COSCalls()
	if !ok {
		return ""
	}
	names := make([]string, len(calls))
	for i, c := range calls {
		names[i] = c.String()
	}
	if len(names) > 3 {
		return fmt.Sprintf("cos (%d operations)", len(names))
	}
	return "cos " + strings.Join(names, "/")
}

func checkCOSWrongCase(q query) (verdict, bool) {
	if q.Mode == extract.MatchFold {
		return verdict{}, false
	}
	mode := q.Mode
	if mode == extract.MatchRoot {
		mode = extract.MatchExact
	}
	fixes := caseCorrections(mode, q.Text, codes.COSCodeNames())
	if len(fixes) == 0 {
		return verdict{}, false
	}
	which := "a COS error code"
	if len(fixes) > 1 {
		which = "COS error codes"
	}
	if o := cosPhrase(q.origin); o != "" {
		which += " (the error comes from " + o + ")"
	}
	return caseVerdict(q.Text, fixes, which, "the COS error code "), true
}

// checkAPI3CodeOnCOS reports an API 3.0 code compared on a COS error.
func (k *knowledge) checkAPI3CodeOnCOS(q query) (verdict, bool) {
	_, pureCOS := q.origin.COSCalls()
	if !pureCOS && !strings.Contains(q.Text, ".") {
		return verdict{}, false // the error may come from another service of the SDK
	}
	var side string
	switch q.Mode {
	case extract.MatchExact, extract.MatchRoot:
		side = k.api3Side(q.Text)
	case extract.MatchPrefix:
		if k.anyKnownMatches(extract.MatchPrefix, q.Text) {
			side = "the prefix of API 3.0 error codes"
		}
	}
	if side == "" {
		return verdict{}, false
	}
	from := "a COS error (*cos.ErrorResponse)"
	if o := cosPhrase(q.origin); o != "" {
		from = "a COS error (*cos.ErrorResponse of " + o + ")"
	}
	return verdict{message: fmt.Sprintf("%q is %s, but it is compared with the code of %s, which carries COS's own codes and never this one",
		q.Text, side, from)}, true
}

// api3Side says which side of the API 3.0 SDK declares code, "" when none.
func (k *knowledge) api3Side(code string) string {
	if _, ok := codes.PublicCode(code); ok {
		return "an API 3.0 public error code"
	}
	if _, ok := codes.ClientCode(code); ok {
		return "a client-side code of the API 3.0 SDK"
	}
	if names := k.declarers(code); len(names) > 0 {
		return "an API 3.0 error code, declared by " + listWords(names, 4)
	}
	if _, ok := codes.LegacyCode(code); ok {
		return "an API 2.0 error code"
	}
	return ""
}

// checkUnknownCOSCode reports a misspelling of a COS code that neither
// namespace has.
func (k *knowledge) checkUnknownCOSCode(q query) (verdict, bool) {
	if q.Mode != extract.MatchExact && q.Mode != extract.MatchRoot {
		return verdict{}, false
	}
	if k.declaredAnywhere(q.Text) {
		return verdict{}, false
	}
	if _, ok := codes.LegacyCode(q.Text); ok {
		return verdict{}, false
	}
	s := codes.Suggest(q.Text, codes.COSCodeNames())
	if s.Kind != codes.Misspelling {
		return verdict{}, false
	}
	subject := fmt.Sprintf("unknown COS error code %q", q.Text)
	if o := cosPhrase(q.origin); o != "" {
		subject += " for " + o
	}
	vd := verdict{message: fmt.Sprintf("%s; did you mean %s?", subject, quoteList(s.Codes)), subject: subject}
	if s.Unique() {
		vd.replacement = s.Codes[0]
	}
	return vd, true
}

// cosValidAlongside reports whether a value valid for COS is compared in
// the same case clause as v, or with the same code expression in the same
// chain of || operands: the branch is taken for that one, and the copy
// beside it changes nothing (validAlongside, for COS's codes).
func (fc *funcCheck) cosValidAlongside(c extract.Comparison, v extract.Value) bool {
	k := fc.st.know
	valid := func(o extract.Value) bool {
		return o.At != v.At && codesLike(o) && k.validCOS(query{Value: o, origin: c.Ref.Origin})
	}
	if sw, ok := c.Node.(*ast.SwitchStmt); ok {
		clause := extract.ClauseOf(sw, v.At)
		return clause != nil && slices.ContainsFunc(c.Values, func(o extract.Value) bool {
			return extract.ClauseOf(sw, o.At) == clause && valid(o)
		})
	}
	chains := fc.orChainsAbove(c.Node)
	if len(chains) == 0 || c.Code == nil {
		return false
	}
	operand := types.ExprString(c.Code)
	for _, o := range fc.comps {
		if o.Node == c.Node || o.Code == nil || types.ExprString(o.Code) != operand {
			continue
		}
		for chain := range fc.orChainsAbove(o.Node) {
			if chains[chain] && slices.ContainsFunc(o.Values, valid) {
				return true
			}
		}
	}
	return false
}

// cosFixWouldDuplicate: the COS counterpart of fixWouldDuplicate.
func (fc *funcCheck) cosFixWouldDuplicate(c extract.Comparison, v extract.Value, replacement string) bool {
	if !needsDistinctValues(c) {
		return false
	}
	return slices.ContainsFunc(c.Values, func(o extract.Value) bool {
		if o.At == v.At {
			return false
		}
		if o.Text == replacement {
			return true
		}
		_, ovd, bad := fc.st.know.classifyCOS(query{Value: o, origin: c.Ref.Origin})
		return bad && ovd.replacement == replacement
	})
}

// isHTTPReason reports whether code is an HTTP reason phrase run together
// ("NotImplemented", "BadRequest", "PreconditionFailed"): COS has such
// codes, but so generic a name on an API 3.0 error may be a code the
// product sends without declaring it, not one copied from COS handling.
func isHTTPReason(code string) bool {
	for status := 100; status < 600; status++ {
		if t := http.StatusText(status); t != "" && strings.ReplaceAll(t, " ", "") == code {
			return true
		}
	}
	return false
}

// checkCOSCodeOnAPI3 reports a COS code compared on an API 3.0 error of
// known origin: a code COS's page lists that no API 3.0 product declares
// and that is no public, client-side or allowed code (valid comes first,
// so InternalError, ServiceUnavailable and the other names both sides
// have never get here; nor does one another product declares, which
// wrong-product names). A copy of the SDK that declares no codes is left
// alone, as wrong-product leaves it.
func checkCOSCodeOnAPI3(k *knowledge, q query) (verdict, bool) {
	if !q.origin.Known || q.Mode != extract.MatchExact || !codes.IsCOSCode(q.Text) ||
		slices.ContainsFunc(q.origin.Products(), extract.CodesFromCatalog) {
		return verdict{}, false
	}
	if k.declaredAnywhere(q.Text) {
		return verdict{}, false
	}
	if _, ok := codes.LegacyCode(q.Text); ok || isHTTPReason(q.Text) {
		return verdict{}, false
	}
	return verdict{message: fmt.Sprintf("%q is a COS error code (object storage, cos-go-sdk-v5's *cos.ErrorResponse), but the error comes from %s, an API 3.0 action, which never returns it",
		q.Text, originPhrase(q.origin))}, true
}

// CheckCOSFiles checks the COS comparisons of every hand-written file of
// a package that uses the COS SDK and no API 3.0 SDK.
func (st *judge) CheckCOSFiles() {
	for _, f := range st.Pass.Files {
		if suppress.IsGeneratedFile(st.Pass.Fset, f) {
			continue
		}
		dirs := suppress.ParseDirectives(st.Pass.Fset, f)
		for _, unit := range extract.FileUnits(st.Pass.TypesInfo, f) {
			fc := &funcCheck{st: st, unit: unit, file: f, dirs: dirs}
			fc.checkCOS()
		}
	}
}
