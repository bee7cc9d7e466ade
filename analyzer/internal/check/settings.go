package check

import "github.com/tcerrcheck/tcerrcheck/codes"

// Settings is what the checks are configured with: a Config made ready
// for use, validated, with sets built.
type Settings struct {
	Enabled        map[string]bool
	Allow          codes.Set
	Retryable      []string
	COSTransient   []string // the COS codes COS retry logic should retry
	FamilyExactAll bool
	PageCodes      map[string]codes.Set // product -> codes from its pages
}
