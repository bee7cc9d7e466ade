package codes

import "strings"

// Family returns the first dot-separated segment of code: the family root
// that Tencent Cloud groups its codes under ("RequestLimitExceeded" for
// "RequestLimitExceeded.UinLimitExceeded").
func Family(code string) string {
	if i := strings.IndexByte(code, '.'); i >= 0 {
		return code[:i]
	}
	return code
}

// IsCodeShaped reports whether s looks like a Tencent Cloud error code: an
// ASCII upper-case letter followed by letters, digits and underscores, in
// dot-separated segments. Trailing empty segments are allowed because the
// SDK declares "MissingParameter." as a real code. The empty string, text
// with spaces and the like are not codes and are never checked.
func IsCodeShaped(s string) bool {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '_', c == '.':
		default:
			return false
		}
	}
	return true
}

// Set is a set of codes. The zero value is an empty, read-only set.
type Set map[string]struct{}

// NewSet returns a set holding the given codes.
func NewSet(codes ...string) Set {
	s := make(Set, len(codes))
	for _, c := range codes {
		s[c] = struct{}{}
	}
	return s
}

// Has reports whether code is in s.
func (s Set) Has(code string) bool {
	_, ok := s[code]
	return ok
}

// Add puts code into s.
func (s Set) Add(code string) { s[code] = struct{}{} }
