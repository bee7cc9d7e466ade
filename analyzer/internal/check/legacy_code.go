package check

import (
	"fmt"

	"github.com/tcerrcheck/tcerrcheck/codes"
)

// checkLegacyCode reports an API 2.0 code compared against an error of the
// API 3.0 SDK, which never returns it, naming the 3.0 code that replaced it.
// A code some 3.0 product does return never gets here: valid comes first.
func checkLegacyCode(k *knowledge, q query) (verdict, bool) {
	b, ok := codes.LegacyCode(q.Text)
	if !ok {
		return verdict{}, false
	}
	msg := fmt.Sprintf("%q is an API 2.0 error code, which the API 3.0 SDK never returns", q.Text)
	if b.Equivalent == "" {
		return verdict{message: msg + "; it has no direct API 3.0 equivalent"}, true
	}
	return verdict{message: fmt.Sprintf("%s; use %q", msg, b.Equivalent), replacement: b.Equivalent, subject: msg}, true
}
