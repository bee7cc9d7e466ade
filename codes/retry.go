package codes

import "strings"

// defaultRetryable are the code families a retry policy should cover
// unless configured otherwise:
//   - RequestLimitExceeded and every sub-code: Tencent Cloud's rate-limit
//     guidance says to back off and retry; limits apply per account and
//     per IP, which is where the public sub-codes come from.
//   - InternalError and its sub-codes: the API 2.0 page says to retry later.
//   - ServiceUnavailable: a public code for a temporarily unavailable service.
//   - ClientError.NetworkError: the SDK's own network failure, which its
//     opt-in network retry and the Python SDK's retryer retry.
var defaultRetryable = []string{"RequestLimitExceeded", "InternalError", "ServiceUnavailable", "ClientError.NetworkError"}

// DefaultRetryableFamilies returns the default retryable family roots.
func DefaultRetryableFamilies() []string {
	return append([]string(nil), defaultRetryable...)
}

// InFamily reports whether code belongs to the family rooted at root: the
// root itself or a code below it ("RequestLimitExceeded.UinLimitExceeded").
// Segments count: "InternalErrorX" is not in the InternalError family.
func InFamily(code, root string) bool {
	return code == root || (len(code) > len(root) && code[len(root)] == '.' && strings.HasPrefix(code, root))
}

// SubCodes returns the members of root's family among candidates, root
// itself excluded, in the candidates' order.
func SubCodes(root string, candidates []string) []string {
	var out []string
	for _, c := range candidates {
		if c != root && InFamily(c, root) {
			out = append(out, c)
		}
	}
	return out
}

// IsFamilyRoot reports whether some candidate is a sub-code of root.
func IsFamilyRoot(root string, candidates []string) bool {
	for _, c := range candidates {
		if c != root && InFamily(c, root) {
			return true
		}
	}
	return false
}
