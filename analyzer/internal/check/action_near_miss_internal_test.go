package check

import "testing"

// A close spelling is the one documented code a few letters away, or the
// same letters with the dot elsewhere; ties and far codes give nothing.
func TestNearestDocumented(t *testing.T) {
	documented := []string{"InvalidParameterValue.TooLarge", "InternalError.ErrorConflict", "ResourceNotFound"}
	for _, tc := range []struct{ code, want string }{
		{"InvalidParameter.ValueTooLarge", "InvalidParameterValue.TooLarge"},
		{"InternalError.ErrConflict", "InternalError.ErrorConflict"},
		{"ResourceNotFound.Cluster", ""},
		{"FailedOperation", ""},
		{"InternalError.ErrorConflixt", "InternalError.ErrorConflict"},
		{"InternalError.ErrorConfl", ""}, // three letters dropped: another code
	} {
		got, ok := nearestDocumented(tc.code, documented)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("nearestDocumented(%q) = %q, %v; want %q", tc.code, got, ok, tc.want)
		}
	}
	if got, ok := nearestDocumented("InternalError.Dbx", []string{"InternalError.Db", "InternalError.Dba"}); ok {
		t.Errorf("a tie gave %q", got)
	}
}
