package app

import (
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"

	"cos/yield/lib"
	"retryfw"
)

func terminateRetrying(client *cvm.Client) error {
	return retryfw.Retry(3, func() *retryfw.RetryError { // want `retry-incomplete: retry logic for cvm TerminateInstances retries InternalError but never retries RequestLimitExceeded`
		_, err := client.TerminateInstances(cvm.NewTerminateInstancesRequest())
		if lib.IsRetryable(err, nil) { // want `^family-exact: lib.IsRetryable compares "InternalError" exactly, which misses its sub-codes "InternalError.TradeUnknownError", which cvm TerminateInstances can return`
			return retryfw.RetryableError(err)
		}
		return retryfw.NonRetryableError(err)
	})
}
