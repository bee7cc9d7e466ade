package codes

import (
	"slices"
	"testing"
)

func TestBuiltinLookups(t *testing.T) {
	if _, ok := PublicCode("RequestLimitExceeded.UinLimitExceeded"); !ok {
		t.Error("RequestLimitExceeded.UinLimitExceeded is not a public code")
	}
	if b, ok := LegacyCode("InvalidRequest.LimitExceeded"); !ok || b.Equivalent != "RequestLimitExceeded" {
		t.Errorf("LegacyCode(InvalidRequest.LimitExceeded) = %+v, %v; want equivalent RequestLimitExceeded", b, ok)
	}
	if _, ok := ClientCode("ClientError.NetworkError"); !ok {
		t.Error("ClientError.NetworkError is not a client code")
	}
	// InternalError is on the API 2.0 page too, but 3.0 still uses it.
	if _, ok := PublicCode("InternalError"); !ok {
		t.Error("InternalError is not a public code")
	}
	if _, ok := LegacyCode("InternalError"); ok {
		t.Error("InternalError is a legacy code; 3.0 still returns it")
	}
	for _, code := range []string{"", "requestLimitExceeded", "RequestLimitExceeded.", "Zzz", "AAA"} {
		if _, ok := PublicCode(code); ok {
			t.Errorf("PublicCode(%q) found", code)
		}
	}
}

// TestBuiltinSpecCodes checks the public, client and legacy codes the
// checks and their documentation rely on.
func TestBuiltinSpecCodes(t *testing.T) {
	for _, code := range []string{"RequestLimitExceeded", "RequestLimitExceeded.UinLimitExceeded",
		"RequestLimitExceeded.IPLimitExceeded", "RequestLimitExceeded.GlobalRegionUinLimitExceeded",
		"ServiceUnavailable", "ActionOffline", "IpInBlacklist", "AuthFailure.SignatureFailure", "InvalidAction"} {
		if _, ok := PublicCode(code); !ok {
			t.Errorf("%s is not a public code", code)
		}
	}
	var clients []string
	for _, b := range ClientCodes() {
		clients = append(clients, b.Code)
	}
	want := []string{"ClientError", "ClientError.BuildRequestError", "ClientError.CircuitBreakerError", "ClientError.CredentialError",
		"ClientError.HttpStatusCodeError", "ClientError.INIError", "ClientError.IOError",
		"ClientError.InvalidParameter", "ClientError.NetworkError", "ClientError.ParseJsonError", "ClientError.TypeError"}
	if !slices.Equal(clients, want) {
		t.Errorf("client codes = %q; want %q", clients, want)
	}
	for code, equivalent := range map[string]string{
		"InvalidParameter.SignatureFailure": "AuthFailure.SignatureFailure",
		"InvalidRequest.TokenCheckFailed":   "AuthFailure.TokenFailure",
		"InvalidAction.NotFound":            "InvalidAction",
	} {
		if b, ok := LegacyCode(code); !ok || b.Equivalent != equivalent {
			t.Errorf("LegacyCode(%s) = %+v, %v; want equivalent %s", code, b, ok, equivalent)
		}
	}
}

// TestBuiltinRetryLater checks the codes whose page advises retrying later.
func TestBuiltinRetryLater(t *testing.T) {
	var got []string
	for _, table := range [][]Builtin{PublicCodes(), LegacyCodes(), ClientCodes()} {
		for _, b := range table {
			if b.RetryLater {
				got = append(got, b.Code)
			}
		}
	}
	want := []string{"InternalError", "InternalError.ResourceOpFailed", "InvalidAction.ActionUnavailable",
		"InvalidRequest.RequestConcurrencyExceeded"}
	if !slices.Equal(got, want) {
		t.Errorf("RetryLater codes = %q; want %q", got, want)
	}
}

func TestBuiltinTablesWellFormed(t *testing.T) {
	seen := make(map[string]string)
	tables := map[string][]Builtin{"public": PublicCodes(), "legacy": LegacyCodes(), "client": ClientCodes()}
	for name, table := range tables {
		if len(table) == 0 {
			t.Errorf("%s table is empty", name)
		}
		for i, b := range table {
			if i > 0 && table[i-1].Code >= b.Code {
				t.Errorf("%s table: %s after %s: not sorted or duplicated", name, b.Code, table[i-1].Code)
			}
			if prev, dup := seen[b.Code]; dup {
				t.Errorf("%s is in both the %s and the %s table", b.Code, prev, name)
			}
			seen[b.Code] = name
			if !IsCodeShaped(b.Code) || b.Description == "" {
				t.Errorf("%s table: bad entry %+v", name, b)
			}
			if b.Equivalent != "" && name != "legacy" {
				t.Errorf("%s table: %s has an equivalent", name, b.Code)
			}
		}
	}
}

// TestLegacyEquivalents checks that every equivalent is a code a 3.0 caller
// can meet: a public code, or else one of the standard 3.0 families.
func TestLegacyEquivalents(t *testing.T) {
	for _, b := range LegacyCodes() {
		if b.Equivalent == "" {
			continue
		}
		if _, ok := PublicCode(b.Equivalent); ok {
			continue
		}
		if _, ok := LegacyCode(b.Equivalent); ok || !IsCodeShaped(b.Equivalent) {
			t.Errorf("%s: equivalent %q is not an API 3.0 code", b.Code, b.Equivalent)
			continue
		}
		switch Family(b.Equivalent) {
		case "AuthFailure", "FailedOperation", "InternalError", "InvalidParameter", "InvalidParameterValue",
			"LimitExceeded", "RequestLimitExceeded", "ResourceNotFound", "ResourceUnavailable",
			"UnauthorizedOperation", "UnsupportedOperation":
		default:
			t.Errorf("%s: equivalent %q is neither public nor in a standard 3.0 family", b.Code, b.Equivalent)
		}
	}
}
