package analyzer

// Stable Diagnostic.Category values, one per check. Each check lives in the
// file named after its category.
const (
	catUnknownCode     = "unknown-code"
	catWrongCase       = "wrong-case"
	catWrongProd       = "wrong-product"
	catLegacyCode      = "legacy-code"
	catRemovedCode     = "removed-code"
	catFamilyExact     = "family-exact"
	catRetryIncomplete = "retry-incomplete"
	catWrongAction     = "wrong-action"
	catWrongErrType    = "wrong-error-type"
	catInventory       = "inventory"
	catPreferConst     = "prefer-constant"
)

// category describes one check: its name and whether it runs unless
// turned off.
type category struct {
	name        string
	onByDefault bool
}

var categories = []category{
	{catUnknownCode, true},
	{catWrongCase, true},
	{catWrongProd, true},
	{catLegacyCode, true},
	{catRemovedCode, true},
	{catFamilyExact, true},
	{catRetryIncomplete, true},
	{catWrongErrType, true},
	{catWrongAction, false},
	{catInventory, false},
	{catPreferConst, false},
}

func knownCategory(name string) bool {
	for _, c := range categories {
		if c.name == name {
			return true
		}
	}
	return false
}
