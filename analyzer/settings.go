package analyzer

import "github.com/tcerrcheck/tcerrcheck/codes"

// settings is what the checks are configured with: a Config made ready
// for use, validated, with sets built.
type settings struct {
	enabled        map[string]bool
	allow          codes.Set
	retryable      []string
	familyExactAll bool
	pageCodes      map[string]codes.Set // product -> codes from its pages
}
