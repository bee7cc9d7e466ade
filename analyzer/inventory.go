package analyzer

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/codes"
	"golang.org/x/tools/go/types/typeutil"
)

// The inventory (category "inventory", off by default) reports every
// comparison site with the origin resolved for it, or why it is unknown:
// for auditing a program's error handling, and for measuring how much of
// it the other checks can judge. Its messages have a fixed shape, so a
// script can count them:
//
//	inventory: <how> with <n> code(s) ("A", "B", ...); origin: <product action>[ or ...][ (through a wrapper)]
//	inventory: <how> with <n> code(s) (...); origin unknown: <reason>
//	inventory: <how> with <n> code(s) (...); in a helper: checked at each call site
//	inventory: <how> with <n> code(s) (...); origin: <product action> (its callers' errors)
//
// Comparisons of a string parameter count only in a code helper.
func (fc *funcCheck) reportInventory() {
	helper := false
	if fn, ok := fc.unit.obj.(*types.Func); ok {
		helper = fc.st.codeHelper(fn) != nil
	}
	for _, c := range fc.comps {
		// A string parameter compared with something may be a code only
		// in a function that turns out to be a code helper: elsewhere it is
		// a protocol name, a mode, anything.
		// A classifier's comparisons (no codes from its callers, so its
		// calls are no sites) count once, with its callers' origin.
		callers, _, byCallers := fc.callersOrigin(c)
		byCallers = byCallers && !helper
		if c.ref.kind == kindParam && !helper && !byCallers {
			continue
		}
		msg := inventoryMessage(c, fc.st.pass.TypesInfo)
		if byCallers {
			msg = inventoryHead(c, fc.st.pass.TypesInfo) + "; origin: " + originPhrase(callers) + " (its callers' errors)"
		}
		fc.st.reportNode(catInventory, c.node, msg, nil, fc.dirs)
	}
}

func inventoryHead(c comparison, info *types.Info) string {
	return fmt.Sprintf("%s with %s", comparisonHow(c, info), inventoryCodes(c.values))
}

func inventoryMessage(c comparison, info *types.Info) string {
	head := inventoryHead(c, info)
	o := c.ref.origin
	switch {
	case c.ref.kind == kindParam || (!o.known && o.summarizable):
		return head + "; in a helper: checked at each call site"
	case !o.known:
		return head + "; origin unknown: " + o.why.String()
	}
	through := ""
	for _, call := range o.calls {
		if call.method == nil {
			through = " (through a wrapper)"
		}
	}
	return head + "; origin: " + originPhrase(o) + through
}

// comparisonHow words how the comparison matches: "==", "switch", a call
// of a helper or of strings.HasPrefix, a map lookup.
func comparisonHow(c comparison, info *types.Info) string {
	switch n := c.node.(type) {
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
func inventoryCodes(values []value) string {
	var quoted []string
	for _, v := range values {
		if v.fromParam {
			quoted = append(quoted, fmt.Sprintf("parameter %d", v.param))
		} else if codes.IsCodeShaped(v.text) {
			quoted = append(quoted, fmt.Sprintf("%q", v.text))
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
