package codes

import (
	"reflect"
	"testing"
)

func TestSuggest(t *testing.T) {
	candidates := []string{
		"InvalidInstanceId.NotFound",
		"InvalidInstanceId.Malformed",
		"InvalidImageId.NotFound",
		"InvalidKeyPairId.NotFound",
		"InvalidZoneId.NotFound",
		"OperationDenied.MutexTaskRunning",
		"ResourceNotFoundError",
		"ResourceNotFundError",
		"InternalError.Timeout",
		"InvalidAction",
		"RequestLimitExceeded",
	}
	tests := []struct {
		code string
		want Suggestion
	}{
		{"InvalidInstanceId.NotFonud", Suggestion{Misspelling, []string{"InvalidInstanceId.NotFound"}, 1}},
		{"invalidInstanceId.notFound", Suggestion{SameButCase, []string{"InvalidInstanceId.NotFound"}, 0}},
		{"InternalError.TimeOut", Suggestion{SameButCase, []string{"InternalError.Timeout"}, 0}},
		{"DesOperation.MutexTaskRunning", Suggestion{OtherFamily, []string{"OperationDenied.MutexTaskRunning"}, 0}},
		// A suffix many codes share points nowhere.
		{"InvalidVpcId.NotFound", Suggestion{}},
		// A code one edit from two real codes gets both: neither is clearly right.
		{"ResourceNotFuondError", Suggestion{Misspelling, []string{"ResourceNotFoundError", "ResourceNotFundError"}, 1}},
		{"RequestLimitExeeded", Suggestion{Misspelling, []string{"RequestLimitExceeded"}, 1}},
		// Short codes tolerate one edit only.
		{"InvalidActor", Suggestion{}},
		{"CompletelyDifferent.Thing", Suggestion{}},
		{"", Suggestion{}},
	}
	for _, tt := range tests {
		got := Suggest(tt.code, candidates)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Suggest(%q) = %+v, want %+v", tt.code, got, tt.want)
		}
	}
}

func TestSuggestionUnique(t *testing.T) {
	if (Suggestion{}).Unique() {
		t.Error("empty suggestion must not be unique")
	}
	if !(Suggestion{Kind: Misspelling, Codes: []string{"A"}}).Unique() {
		t.Error("one candidate must be unique")
	}
	if (Suggestion{Kind: Misspelling, Codes: []string{"A", "B"}}).Unique() {
		t.Error("a tie must not be unique")
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"abc", "", 3}, {"", "ab", 2}, {"abc", "abc", 0},
		{"abc", "acb", 1}, {"kitten", "sitting", 3}, {"NotFonud", "NotFound", 1},
	}
	var buf editBuffers
	for _, tt := range tests {
		if got := buf.distance(tt.a, tt.b, 100); got != tt.want {
			t.Errorf("distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := buf.distance(tt.a, tt.b, 1); tt.want >= 1 && got < 1 {
			t.Errorf("distance(%q, %q) with cutoff 1 = %d, want >= 1", tt.a, tt.b, got)
		}
	}
}

func TestIsCodeShaped(t *testing.T) {
	yes := []string{"InternalError", "InternalError.SYS_ERR", "MissingParameter.", "A.B.C", "ClientError.HttpStatusCodeError"}
	no := []string{"", "internalError", "Internal Error", "Code=X", "错误", ".Foo", "1abc"}
	for _, s := range yes {
		if !IsCodeShaped(s) {
			t.Errorf("IsCodeShaped(%q) = false", s)
		}
	}
	for _, s := range no {
		if IsCodeShaped(s) {
			t.Errorf("IsCodeShaped(%q) = true", s)
		}
	}
}

func TestParseProductPath(t *testing.T) {
	tests := []struct {
		path, name, version string
		ok                  bool
	}{
		{"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312", "cvm", "v20170312", true},
		{"github.com/tencentcloud/tencentcloud-sdk-go-intl-en/tencentcloud/cdn/v20180606", "cdn", "v20180606", true},
		{"example.com/fork/tencentcloud/vpc/v20170312", "vpc", "v20170312", true},
		{"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors", "", "", false},
		{"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm", "", "", false},
		{"example.com/notcloud/cvm/v20170312", "", "", false},
		{"example.com/tencentcloud/Cvm/v20170312", "", "", false},
		{"example.com/tencentcloud/cvm/v2017031", "", "", false},
	}
	for _, tt := range tests {
		name, version, ok := ParseProductPath(tt.path)
		if name != tt.name || version != tt.version || ok != tt.ok {
			t.Errorf("ParseProductPath(%q) = %q, %q, %v; want %q, %q, %v", tt.path, name, version, ok, tt.name, tt.version, tt.ok)
		}
	}
}
