package retry

import (
	"context"
	"errors"
	"strings"

	"retryfw"

	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// Complete: every retryable family, matched as a family.
func isTransient(err error) bool {
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return false
	}
	for _, family := range []string{"RequestLimitExceeded", "InternalError", "ServiceUnavailable", "ClientError.NetworkError"} {
		if strings.HasPrefix(e.Code, family) {
			return true
		}
	}
	return false
}

// Error handling that does not retry: a classifier for messages.
func describeError(err error) string {
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return ""
	}
	switch {
	case strings.HasPrefix(e.Code, "InternalError"):
		return "server error"
	case e.Code == "InvalidInstanceId.NotFound":
		return "no such instance"
	}
	return e.Message
}

// Walking items is not retrying: continue skips to the next one.
func terminateAll(client *cvm.Client, ids []string) error {
	for range ids {
		_, err := client.TerminateInstances(cvm.NewTerminateInstancesRequest())
		if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok && strings.HasPrefix(e.Code, "InternalError") {
			continue
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// Retrying a state that settles (not a retryable family) says nothing
// about throttling: not reported.
func waitUntilFree(client *cvm.Client) error {
	return retryfw.Retry(10, func() *retryfw.RetryError {
		_, err := client.TerminateInstances(cvm.NewTerminateInstancesRequest())
		if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok && strings.HasPrefix(e.Code, "ResourceInUse") {
			return retryfw.RetryableError(err)
		}
		if err != nil {
			return retryfw.NonRetryableError(err)
		}
		return nil
	})
}

// Giving up on one sub-code and retrying the rest is a choice about that
// code, not giving up on its family.
func giveUpOnOneSubCode(client *cvm.Client) error {
	return retryfw.Retry(10, func() *retryfw.RetryError {
		_, err := client.StartInstances(cvm.NewStartInstancesRequest())
		if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok && e.Code == "InternalError.TradeUnknownError" {
			return retryfw.NonRetryableError(err)
		}
		if err != nil {
			return retryfw.RetryableError(err)
		}
		return nil
	})
}

// A destroy check: it stops on one sub-code and otherwise returns nil,
// retrying nothing.
func checkDestroyed(client *cvm.Client) error {
	return retryfw.Retry(3, func() *retryfw.RetryError {
		_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
		if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok && e.Code == "InternalError.TradeUnknownError" {
			return retryfw.NonRetryableError(err)
		}
		return nil
	})
}

// A loop paging through results around a retrying closure is no retry
// loop: the closure does the retrying (completely here), and its returns
// end one attempt, not the paging.
func allInstances(client *cvm.Client) (n int, err error) {
	var offset int64
	for {
		var page int
		err = retryfw.Retry(3, func() *retryfw.RetryError {
			_, e := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
			if e == nil {
				page = 100
				return nil
			}
			if sdkErr, ok := e.(*sdkerrors.TencentCloudSDKError); ok {
				for _, family := range []string{"RequestLimitExceeded", "InternalError", "ServiceUnavailable", "ClientError.NetworkError"} {
					if strings.HasPrefix(sdkErr.Code, family) {
						return retryfw.RetryableError(e)
					}
				}
			}
			return retryfw.NonRetryableError(e)
		})
		if err != nil {
			return n, err
		}
		n += page
		offset += 100
		if page < 100 {
			return n, nil
		}
	}
}

// A stop classifier that is complete: true only outside the retryable
// families, and its caller gives up on true.
func permanent(err error) bool {
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return true
	}
	for _, family := range []string{"RequestLimitExceeded", "InternalError", "ServiceUnavailable", "ClientError.NetworkError"} {
		if strings.HasPrefix(e.Code, family) {
			return false
		}
	}
	return true
}

func startUntilStarted(client *cvm.Client) error {
	for {
		_, err := client.StartInstances(cvm.NewStartInstancesRequest())
		if err == nil || permanent(err) {
			return err
		}
	}
}

// A classifier used both ways (to continue one loop and to stop another)
// decides no retry for certain: nothing is reported on a guess.
func serverSide(err error) bool {
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && strings.HasPrefix(e.Code, "InternalError")
}

func rebootOnServerError(client *cvm.Client) error {
	for range 3 {
		_, err := client.DescribeInstancesStatus(cvm.NewDescribeInstancesStatusRequest())
		if serverSide(err) {
			continue
		}
		return err
	}
	return nil
}

func stopUnlessServerError(client *cvm.Client) error {
	for range 3 {
		_, err := client.TerminateInstances(cvm.NewTerminateInstancesRequest())
		if serverSide(err) {
			return err
		}
	}
	return nil
}

// A classifier its caller stops on, whose last word is false: every code
// it does not name is retried, so no retryable family is left out (its
// look-alike, classify in inverted.go, ends in true and is reported).
func fatalOnly(err error) bool {
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return false
	}
	switch {
	case strings.HasPrefix(e.Code, "InternalError"):
		return false
	case e.Code == "InvalidParameter":
		return true
	}
	return false
}

func describeUntilFatal(client *cvm.Client) error {
	for {
		_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
		if err == nil || fatalOnly(err) {
			return err
		}
	}
}

// A stop classifier whose switch, inside a test of the error's type, falls
// through to return false for every code it does not name: those are
// retried by its callers, so none is left out, though the function's last
// statement says something else.
func stopOnThrottle(err error) bool {
	sdkErr := &sdkerrors.TencentCloudSDKError{}
	if errors.As(err, &sdkErr) {
		switch sdkErr.Code {
		case "InvalidParameter":
			return true
		case "InternalError":
			return false
		}
		return false
	}
	return errors.Is(err, context.DeadlineExceeded)
}

func describeUntilStopped(client *cvm.Client) error {
	for {
		_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
		if err == nil || stopOnThrottle(err) {
			return err
		}
	}
}
