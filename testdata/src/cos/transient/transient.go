// Package transient holds COS retry logic judged by a transient list the
// user gave (-cos-transient=SlowDown,RequestTimeout).
package transient

import (
	"slices"

	cos "github.com/tencentyun/cos-go-sdk-v5"
)

// Retries throttling only: RequestTimeout, in the user's list, is missing.
func isRetryable(err error) bool { // want `^retry-incomplete: COS retry logic retries SlowDown but never retries RequestTimeout \(COS's transient codes: SlowDown, RequestTimeout\)$`
	e, ok := cos.IsCOSError(err)
	return ok && slices.Contains([]string{"SlowDown"}, e.Code)
}

// Both of the user's codes: complete, though InternalError and
// ServiceUnavailable, transient by default, are left out.
func shouldRetry(err error) bool {
	e, ok := cos.IsCOSError(err)
	return ok && slices.Contains([]string{"SlowDown", "RequestTimeout"}, e.Code)
}
