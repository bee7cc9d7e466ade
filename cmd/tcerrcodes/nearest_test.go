package main

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
		// The code itself is never suggested.
		{"InternalError.Timeout", []string{"InternalError.TimeOut", "InternalError.Timeouts"}},
		{"InternalError.Timeot", []string{"InternalError.Timeout", "InternalError.TimeOut", "InternalError.Timeouts"}},
		{"Completely.Different", nil},
	} {
		if got := nearest(tc.in, cands); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("nearest(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestNearestCap(t *testing.T) {
	cands := []string{"A.B1", "A.B2", "A.B3", "A.B4", "A.B5", "A.B6", "A.B7"}
	if got := nearest("A.B", cands); len(got) != maxNearest {
		t.Errorf("nearest = %q, want %d", got, maxNearest)
	}
}

func TestDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b   string
		budget int
		want   int
	}{
		{"kitten", "sitting", 10, 3},
		{"", "abc", 10, 3},
		{"abc", "abc", 0, 0},
		{"abcdef", "uvwxyz", 2, 3}, // over budget: budget+1
	} {
		if got := distance(tc.a, tc.b, tc.budget); got != tc.want {
			t.Errorf("distance(%q, %q, %d) = %d, want %d", tc.a, tc.b, tc.budget, got, tc.want)
		}
	}
}
