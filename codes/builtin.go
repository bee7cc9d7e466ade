package codes

//go:generate go run ./internal/gen/tables -seeds ../../shared/seeds -out tables_gen.go

// Builtin is one entry of a built-in table: a code every product may return
// (API 3.0 public codes), a code the SDK produces on the client side, or an
// API 2.0 legacy code together with its API 3.0 equivalent.
type Builtin struct {
	Code        string
	Description string // our own short English description
	// Equivalent is, for a legacy code, the API 3.0 code that replaced it
	// ("" when there is no clear one).
	Equivalent string
	// RetryLater is set where the source page advises retrying later.
	RetryLater bool
}

// PublicCode returns the API 3.0 public code entry for code, if any.
func PublicCode(code string) (Builtin, bool) { return lookupBuiltin(publicCodes, code) }

// ClientCode returns the SDK client-side code entry for code, if any.
func ClientCode(code string) (Builtin, bool) { return lookupBuiltin(clientCodes, code) }

// LegacyCode returns the API 2.0 legacy code entry for code, if any.
func LegacyCode(code string) (Builtin, bool) { return lookupBuiltin(legacyCodes, code) }

// PublicCodes, ClientCodes and LegacyCodes return the tables, sorted by code.
// Callers must not modify the returned slices.
func PublicCodes() []Builtin { return publicCodes }
func ClientCodes() []Builtin { return clientCodes }
func LegacyCodes() []Builtin { return legacyCodes }

func lookupBuiltin(table []Builtin, code string) (Builtin, bool) {
	// Tables are small (tens of entries) and sorted; a binary search keeps
	// this allocation-free.
	lo, hi := 0, len(table)
	for lo < hi {
		m := (lo + hi) / 2
		if table[m].Code < code {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(table) && table[lo].Code == code {
		return table[lo], true
	}
	return Builtin{}, false
}
