package check

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
	catUnusedIgnore    = "unused-ignore"
	catActionNearMiss  = "action-near-miss"
	catShadowedCase    = "shadowed-case"
)

// category describes one check: its name and whether it runs unless
// turned off.
type category struct {
	Name        string
	OnByDefault bool
}

var Categories = []category{
	{catUnknownCode, true},
	{catWrongCase, true},
	{catWrongProd, true},
	{catLegacyCode, true},
	{catRemovedCode, true},
	{catFamilyExact, true},
	{catRetryIncomplete, true},
	{catWrongErrType, true},
	{catActionNearMiss, true},
	{catShadowedCase, true},
	{catUnusedIgnore, true},
	{catWrongAction, false},
	{catInventory, false},
	{catPreferConst, false},
}

func KnownCategory(name string) bool {
	for _, c := range Categories {
		if c.Name == name {
			return true
		}
	}
	return false
}
