package retry

import (
	"strings"
	"time"

	"retryfw"

	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// A classifier its caller stops on: here true gives up, so InternalError,
// for which it returns true, is never retried, whatever its name says.
func classify(err error) bool { // want `^retry-incomplete: retry logic retries RequestLimitExceeded but gives up on InternalError and never retries ServiceUnavailable, ClientError.NetworkError; InternalError should be retried with backoff$`
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return true
	}
	switch {
	case strings.HasPrefix(e.Code, "RequestLimitExceeded"):
		return false
	case strings.HasPrefix(e.Code, "InternalError"):
		return true
	}
	return true
}

func rebootUntilDone(client *cvm.Client) error {
	for attempt := 1; ; attempt++ {
		_, err := client.DescribeInstancesStatus(cvm.NewDescribeInstancesStatusRequest())
		if err == nil {
			return nil
		}
		if stop := classify(err); stop || attempt == 5 {
			return err
		}
		time.Sleep(time.Second)
	}
}

// A predicate whose true returns the framework's retryable error from a
// counted loop inside a retry closure: true retries there, the return
// does not give up.
func recoverable(err error) bool { // want `^retry-incomplete: retry logic retries InternalError but never retries RequestLimitExceeded, ServiceUnavailable, ClientError.NetworkError$`
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && strings.HasPrefix(e.Code, "InternalError")
}

func stopEach(client *cvm.Client, ids []string) error {
	return retryfw.Retry(3, func() *retryfw.RetryError {
		for i := 0; i < len(ids); i++ {
			_, err := client.TerminateInstances(cvm.NewTerminateInstancesRequest())
			if recoverable(err) {
				return retryfw.RetryableError(err)
			}
		}
		return nil
	})
}
