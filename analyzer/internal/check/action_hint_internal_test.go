package check

import (
	"testing"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/extract"
	"github.com/tcerrcheck/tcerrcheck/codes"
)

// A long documented list is summed up by the compared code's family, never
// as "A, B, C, D and 166 more".
func TestDescribeActionList(t *testing.T) {
	call := extract.CallSite{Product: &codes.Product{Name: "cvm"}, Action: "RunInstances"}
	long := []string{"AuthFailure", "InvalidParameter", "InvalidParameterValue.A", "InvalidParameterValue.B",
		"InvalidParameterValue.C", "InvalidParameterValue.D", "InvalidParameterValue.E", "InvalidParameterValue.F",
		"LimitExceeded.Quota"}
	for _, tc := range []struct {
		documented []string
		code, want string
	}{
		{nil, "X.Y", ""},
		{[]string{"A.B", "C.D"}, "X.Y", "RunInstances documents A.B, C.D"},
		{long, "LimitExceeded.Other", "of the LimitExceeded family, RunInstances documents LimitExceeded.Quota"},
		{long, "InvalidVpcId.NotFound", "none of the 9 codes RunInstances documents is in the InvalidVpcId family (tcerrcodes -product cvm -action RunInstances lists them)"},
		{long, "InvalidParameterValue.G", "RunInstances documents 6 InvalidParameterValue codes (tcerrcodes -product cvm -action RunInstances lists them)"},
	} {
		if got := describeActionList(call, tc.documented, tc.code); got != tc.want {
			t.Errorf("describeActionList(%d codes, %s) = %q, want %q", len(tc.documented), tc.code, got, tc.want)
		}
	}
}
