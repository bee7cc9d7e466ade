package codes

import (
	"reflect"
	"testing"
)

func TestInFamily(t *testing.T) {
	tests := []struct {
		code, root string
		want       bool
	}{
		{"RequestLimitExceeded", "RequestLimitExceeded", true},
		{"RequestLimitExceeded.UinLimitExceeded", "RequestLimitExceeded", true},
		{"RequestLimitExceededX", "RequestLimitExceeded", false},
		{"InternalError", "RequestLimitExceeded", false},
		{"ClientError.NetworkError", "ClientError.NetworkError", true},
		{"ClientError.HttpStatusCodeError", "ClientError.NetworkError", false},
		{"Request", "RequestLimitExceeded", false},
	}
	for _, tt := range tests {
		if got := InFamily(tt.code, tt.root); got != tt.want {
			t.Errorf("InFamily(%q, %q) = %v", tt.code, tt.root, got)
		}
	}
}

func TestSubCodes(t *testing.T) {
	cands := []string{"InternalError", "InternalError.DbError", "InternalErrorX", "RequestLimitExceeded.UinLimitExceeded"}
	if got, want := SubCodes("InternalError", cands), []string{"InternalError.DbError"}; !reflect.DeepEqual(got, want) {
		t.Errorf("SubCodes = %v, want %v", got, want)
	}
	if !IsFamilyRoot("RequestLimitExceeded", cands) || IsFamilyRoot("ResourceNotFound", cands) {
		t.Error("IsFamilyRoot wrong")
	}
	if got := DefaultRetryableFamilies(); len(got) != 4 || got[0] != "RequestLimitExceeded" {
		t.Errorf("defaults = %v", got)
	}
}
