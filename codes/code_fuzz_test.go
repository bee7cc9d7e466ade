package codes

import (
	"go/token"
	"regexp"
	"strings"
	"testing"
)

// codeShape is IsCodeShaped written as a regular expression: the
// reference the fuzzer compares the hand-written scanner with.
var codeShape = regexp.MustCompile(`^[A-Z][A-Za-z0-9_.]*$`)

// FuzzIsCodeShaped checks IsCodeShaped against the regular expression of
// its documentation, and what the analyzer relies on: a code-shaped string
// is non-empty ASCII without spaces, its family is code-shaped too, and it
// names an SDK constant the way errors.go does (upper case, dots to
// underscores), which is always a Go identifier.
func FuzzIsCodeShaped(f *testing.F) {
	for _, s := range []string{"InvalidInstanceId.NotFound", "MissingParameter.", "InternalError.SYS_ERR", "",
		"Code=InternalError", "invalid.lower", "A", "A..B", "ResourceNotFound.\u00c9", "Failed Operation", "9Lives"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		shaped := IsCodeShaped(s)
		if shaped != codeShape.MatchString(s) {
			t.Fatalf("IsCodeShaped(%q) = %v, the documented shape says %v", s, shaped, !shaped)
		}
		if !shaped {
			return
		}
		if s == "" || strings.ContainsAny(s, " \t\r\n") {
			t.Fatalf("IsCodeShaped(%q): empty or with spaces", s)
		}
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				t.Fatalf("IsCodeShaped(%q): not ASCII", s)
			}
		}
		if fam := Family(s); !IsCodeShaped(fam) {
			t.Fatalf("Family(%q) = %q is not code-shaped", s, fam)
		}
		if name := strings.ToUpper(strings.ReplaceAll(s, ".", "_")); !token.IsIdentifier(name) {
			t.Fatalf("IsCodeShaped(%q), but its constant name %q is not an identifier", s, name)
		}
	})
}

// FuzzFamily checks that Family returns the first dot-separated segment:
// a prefix of the code, without dots, followed by a dot or the end, and
// idempotent; InFamily agrees with it for every code of that family.
func FuzzFamily(f *testing.F) {
	for _, s := range []string{"RequestLimitExceeded.UinLimitExceeded", "RequestLimitExceeded", "MissingParameter.",
		".Leading", "", "A.B.C", "..", "InternalError.SYS_ERR"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fam := Family(s)
		if !strings.HasPrefix(s, fam) {
			t.Fatalf("Family(%q) = %q is not a prefix", s, fam)
		}
		if strings.Contains(fam, ".") {
			t.Fatalf("Family(%q) = %q contains a dot", s, fam)
		}
		if rest := s[len(fam):]; rest != "" && rest[0] != '.' {
			t.Fatalf("Family(%q) = %q is not followed by a dot", s, fam)
		}
		if Family(fam) != fam {
			t.Fatalf("Family(Family(%q)) = %q, want %q", s, Family(fam), fam)
		}
		if fam != "" && !InFamily(s, fam) {
			t.Fatalf("InFamily(%q, %q) = false, but it is the code's family", s, fam)
		}
	})
}
