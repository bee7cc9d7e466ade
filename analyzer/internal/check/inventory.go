package check

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/extract"
	"github.com/tcerrcheck/tcerrcheck/codes"
	"golang.org/x/tools/go/types/typeutil"
)

// The inventory (category "inventory", off by default) reports every
// comparison site with the origin resolved for it, or why it is unknown:
// for auditing a program's error handling, and for measuring how much of
// it the other checks can judge. Its messages have a fixed shape, so a
// script can count them:
//
//	inventory: <how> with <n> code(s) ("A", "B", ...); origin: <product action>[ or ...][ (through a wrapper)][; or built with "C", ...]
//	inventory: <how> with <n> code(s) (...); origin unknown: <reason>
//	inventory: <how> with <n> code(s) (...); in a helper: checked at each call site
//	inventory: <how> with <n> code(s) (...); origin: <product action> (its callers' errors)
//
// Comparisons of a string parameter count only in a code helper.
func (fc *funcCheck) reportInventory() {
	helper := false
	if fn, ok := fc.unit.Obj.(*types.Func); ok {
		helper = fc.st.CodeHelper(fn) != nil && !fc.st.CodeHelper(fn).IsCOSOnly()
	}
	for _, c := range fc.st.ComparisonsOf(fc.unit) {
		// A string parameter compared with something may be a code only
		// in a function that turns out to be a code helper: elsewhere it is
		// a protocol name, a mode, anything.
		// A classifier's comparisons (no codes from its callers, so its
		// calls are no sites) count once, with its callers' origin.
		callers, _, byCallers := fc.callersOrigin(c)
		byCallers = byCallers && !helper
		if c.Ref.Kind == extract.KindParam && !helper && !byCallers {
			continue
		}
		msg := inventoryMessage(c, fc.st.Pass.TypesInfo)
		if byCallers {
			msg = inventoryHead(c, fc.st.Pass.TypesInfo) + "; origin: " + originPhrase(callers) + " (its callers' errors)"
		}
		fc.st.reportNode(catInventory, c.Node, msg, nil, fc.dirs)
	}
}

func inventoryHead(c extract.Comparison, info *types.Info) string {
	return fmt.Sprintf("%s with %s", comparisonHow(c, info), inventoryCodes(c.Values))
}

func inventoryMessage(c extract.Comparison, info *types.Info) string {
	head := inventoryHead(c, info)
	o := c.Ref.Origin
	switch {
	case c.Ref.Kind == extract.KindParam || (!o.Known && o.Summarizable):
		return head + "; in a helper: checked at each call site"
	case !o.Known:
		return head + "; origin unknown: " + o.Why.String()
	}
	through := ""
	for _, call := range o.Calls {
		switch {
		case call.Generic:
			through = " (through the SDK's generic client)"
		case call.Method == nil && through == "":
			through = " (through a wrapper)"
		}
	}
	return head + "; origin: " + originPhrase(o) + through + builtPhrase(o)
}

// builtPhrase names the codes of the errors the program builds beside the
// calls (Origin.Built): "; or built with "A", "B"".
func builtPhrase(o extract.Origin) string {
	if len(o.Built) == 0 {
		return ""
	}
	return "; or built with " + strings.Join(quoteEach(o.Built), ", ")
}

// comparisonHow words how the comparison matches: "==", "switch", a call
// of a helper or of strings.HasPrefix, a map lookup.
func comparisonHow(c extract.Comparison, info *types.Info) string {
	switch n := c.Node.(type) {
	case *ast.BinaryExpr:
		return n.Op.String()
	case *ast.SwitchStmt:
		return "switch"
	case *ast.IndexExpr:
		return "map lookup"
	case *ast.CallExpr:
		if fn, ok := typeutil.Callee(info, n).(*types.Func); ok {
			return "call of " + fn.FullName()
		}
		return "call"
	}
	return "comparison"
}

// inventoryCodes words a comparison's values: "2 codes (\"A\", \"B\")",
// at most three named.
func inventoryCodes(values []extract.Value) string {
	var quoted []string
	for _, v := range values {
		if v.FromParam {
			quoted = append(quoted, fmt.Sprintf("parameter %d", v.Param))
		} else if codes.IsCodeShaped(v.Text) {
			quoted = append(quoted, fmt.Sprintf("%q", v.Text))
		}
	}
	n := len(quoted)
	if n > 3 {
		quoted = append(quoted[:3], "...")
	}
	noun := "codes"
	if n == 1 {
		noun = "code"
	}
	return fmt.Sprintf("%d %s (%s)", n, noun, strings.Join(quoted, ", "))
}
