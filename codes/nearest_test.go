package codes

import (
	"reflect"
	"testing"
)

func TestNearest(t *testing.T) {
	cands := []string{"InternalError.Timeout", "InternalError.TimeOut", "InternalError.Timeouts", "InternalError", "FailedOperation.Timeout"}
	for _, tc := range []struct {
		in   string
		want []string
	}{
		// The case-only variant wins; the exact-case one first.
		{"InternalError.TIMEOUT", []string{"InternalError.TimeOut", "InternalError.Timeout", "InternalError.Timeouts"}},
		// The code itself is never offered.
		{"InternalError.Timeout", []string{"InternalError.TimeOut", "InternalError.Timeouts"}},
		{"InternalError.Timeot", []string{"InternalError.Timeout", "InternalError.TimeOut", "InternalError.Timeouts"}},
		{"Completely.Different", nil},
	} {
		if got := Nearest(tc.in, cands, 5); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Nearest(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	many := []string{"A.B1", "A.B2", "A.B3", "A.B4", "A.B5", "A.B6", "A.B7"}
	if got := Nearest("A.B", many, 5); len(got) != 5 {
		t.Errorf("Nearest capped = %q, want 5", got)
	}
}
