package analyzer

// Stable Diagnostic.Category values, one per check. Each check lives in the
// file named after its category.
const (
	catUnknownCode = "unknown-code"
	catWrongCase   = "wrong-case"
	catWrongProd   = "wrong-product"
	catLegacyCode  = "legacy-code"
)

// category describes one check: its name and whether it runs unless
// turned off.
type category struct {
	name        string
	onByDefault bool
}

// categories lists the checks in the order a compared code is put to them:
// the first that applies reports, so a code gets one diagnostic.
var categories = []category{
	{catWrongCase, true},
	{catLegacyCode, true},
	{catWrongProd, true},
	{catUnknownCode, true},
}

func knownCategory(name string) bool {
	for _, c := range categories {
		if c.name == name {
			return true
		}
	}
	return false
}
