package lib // want package:"sdkUser"

import (
	"slices"

	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cos "github.com/tencentyun/cos-go-sdk-v5"
)

// IsRetryable is an API 3.0 classifier (its own InternalError, compared
// exactly) and a COS helper (its caller's COS codes) at once: its calls
// stay classifier comparisons, as before COS helpers were recognised.
func IsRetryable(err error, cosCodes []string) bool { // want IsRetryable:`codeHelper\(err 0, codes 1, exact, cos\)` IsRetryable:`classifier\(err 0: InternalError exact true\)` `retry-incomplete: retry logic retries InternalError but never retries RequestLimitExceeded`
	switch e := err.(type) {
	case *sdkerrors.TencentCloudSDKError:
		return e.Code == "InternalError"
	case *cos.ErrorResponse:
		return slices.Contains(cosCodes, e.Code)
	}
	return false
}
