// Package retry holds retry logic: flagged where retryable families are
// left out or given up on, silent where it is complete or not retrying.
package retry

import (
	"slices"
	"strings"
	"time"

	"retryfw"

	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// A classifier that retries server errors but gives up on throttling.
func isRetryable(err error) bool { // want `^retry-incomplete: retry logic retries InternalError but never retries RequestLimitExceeded, ServiceUnavailable, ClientError.NetworkError`
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok {
		return strings.HasPrefix(e.Code, "InternalError")
	}
	return false
}

// The inverted classifier: auth errors and InternalError retried,
// RequestLimitExceeded explicitly fatal.
func shouldRetry(err error) bool { // want `retry logic retries InternalError but gives up on RequestLimitExceeded and never retries ServiceUnavailable, ClientError.NetworkError; RequestLimitExceeded should be retried with backoff`
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return false
	}
	switch {
	case strings.HasPrefix(e.Code, "RequestLimitExceeded"):
		return false
	case strings.HasPrefix(e.Code, "InternalError"), strings.HasPrefix(e.Code, "AuthFailure"):
		return true
	}
	return false
}

// A loop that repeats the call on InternalError only.
func describeWithRetry(client *cvm.Client) error {
	var err error
	for attempt := 0; attempt < 3; attempt++ { // want `retry logic for cvm DescribeInstances retries InternalError but never retries RequestLimitExceeded, ServiceUnavailable, ClientError.NetworkError`
		_, err = client.DescribeInstances(cvm.NewDescribeInstancesRequest())
		if err == nil {
			return nil
		}
		if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok && strings.HasPrefix(e.Code, "InternalError") {
			time.Sleep(time.Second)
			continue
		}
		return err
	}
	return err
}

// A predicate recognised by its use, not its name: its result continues a
// loop around an SDK call.
func throttled(err error) bool { // want `retry logic retries RequestLimitExceeded but never retries InternalError, ServiceUnavailable, ClientError.NetworkError`
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && strings.HasPrefix(e.Code, "RequestLimitExceeded")
}

func startUntilDone(client *cvm.Client) error {
	for range 5 {
		_, err := client.StartInstances(cvm.NewStartInstancesRequest())
		if throttled(err) {
			continue
		}
		return err
	}
	return nil
}

// A retry-framework closure that gives up on throttling.
func terminate(client *cvm.Client) error {
	return retryfw.Retry(3, func() *retryfw.RetryError { // want `retry logic for cvm TerminateInstances retries InternalError, ServiceUnavailable, ClientError.NetworkError but gives up on RequestLimitExceeded; RequestLimitExceeded should be retried with backoff`
		_, err := client.TerminateInstances(cvm.NewTerminateInstancesRequest())
		if err == nil {
			return nil
		}
		e, ok := err.(*sdkerrors.TencentCloudSDKError)
		if ok && strings.HasPrefix(e.Code, "RequestLimitExceeded") {
			return retryfw.NonRetryableError(err)
		}
		if ok && (strings.HasPrefix(e.Code, "InternalError") || e.Code == "ServiceUnavailable" || e.Code == "ClientError.NetworkError") {
			return retryfw.RetryableError(err)
		}
		return retryfw.NonRetryableError(err)
	})
}

// An exact retry list on cvm, which has InternalError.* sub-codes: the
// list misses them (family-exact), though every family is present.
var retryCodes = []string{"RequestLimitExceeded", "InternalError", "ServiceUnavailable", "ClientError.NetworkError"}

func runWithRetry(client *cvm.Client) error {
	for {
		_, err := client.RunInstances(cvm.NewRunInstancesRequest())
		if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok && slices.Contains(retryCodes, e.Code) {
			continue
		}
		return err
	}
}

// A loop around a wrapper of the SDK call is a retry loop too.
func describe(client *cvm.Client) error {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	return err
}

func describeViaWrapper(client *cvm.Client) error {
	for attempt := 0; ; attempt++ { // want `^retry-incomplete: retry logic for cvm DescribeInstances retries InternalError but never retries RequestLimitExceeded, ServiceUnavailable, ClientError.NetworkError`
		err := describe(client)
		if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok && attempt < 3 && strings.HasPrefix(e.Code, "InternalError") {
			continue
		}
		return err
	}
}

// Retrying one sub-code and giving up on the rest: the message names the
// sub-code, not its whole family.
func createOnce(client *cvm.Client) error {
	return retryfw.Retry(3, func() *retryfw.RetryError { // want `^retry-incomplete: retry logic for cvm RunInstances retries InternalError.TradeUnknownError but never retries RequestLimitExceeded, ServiceUnavailable, ClientError.NetworkError$`
		_, err := client.RunInstances(cvm.NewRunInstancesRequest())
		if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok {
			if e.Code == "InternalError.TradeUnknownError" {
				return retryfw.RetryableError(err)
			}
			return retryfw.NonRetryableError(err)
		}
		return nil
	})
}
