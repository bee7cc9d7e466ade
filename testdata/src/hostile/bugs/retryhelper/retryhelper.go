// Package retryhelper: a retry helper whose own list covers every
// retryable family, called with one extra code of one family. The retry
// closure retries all four families (through the helper's built-in list),
// so it is not retry-incomplete.
package retryhelper

import (
	"errors"
	"strings"

	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"

	"retryfw"
)

var retryable = []string{"RequestLimitExceeded", "InternalError", "ServiceUnavailable", "ClientError.NetworkError"}

// retryError reports whether err's code, or its first segment, is in the
// built-in list or in extra.
func retryError(err error, extra ...string) bool {
	var e *sdkerrors.TencentCloudSDKError
	if !errors.As(err, &e) {
		return false
	}
	for _, c := range append(append([]string(nil), retryable...), extra...) {
		if e.Code == c || strings.Split(e.Code, ".")[0] == c {
			return true
		}
	}
	return false
}

func start(c *cvm.Client) error {
	return retryfw.Retry(3, func() *retryfw.RetryError {
		_, err := c.StartInstances(cvm.NewStartInstancesRequest())
		if err != nil {
			if retryError(err, "InternalError.TradeUnknownError") {
				return retryfw.RetryableError(err)
			}
			return retryfw.NonRetryableError(err)
		}
		return nil
	})
}
