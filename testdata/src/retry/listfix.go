package retry

import (
	"slices"
	"strings"

	"retryfw"

	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// A list matched by prefix: the fix adds the missing roots, one a line.
var transientPrefixes = []string{
	"RequestLimitExceeded",
	"InternalError",
}

func retriable(err error) bool { // want `^retry-incomplete: retry logic retries RequestLimitExceeded, InternalError but never retries ServiceUnavailable, ClientError.NetworkError$`
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return false
	}
	for _, p := range transientPrefixes {
		if strings.HasPrefix(e.Code, p) {
			return true
		}
	}
	return false
}

// Codes passed to a helper matching by family: added on the same line.
func inFamilies(err error, families ...string) bool {
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return false
	}
	for _, f := range families {
		if strings.HasPrefix(e.Code, f) {
			return true
		}
	}
	return false
}

func startRetrying(client *cvm.Client) error {
	return retryfw.Retry(3, func() *retryfw.RetryError { // want `^retry-incomplete: retry logic for cvm StartInstances retries RequestLimitExceeded but never retries InternalError, ServiceUnavailable, ClientError.NetworkError$`
		_, err := client.StartInstances(cvm.NewStartInstancesRequest())
		if inFamilies(err, "RequestLimitExceeded") {
			return retryfw.RetryableError(err)
		}
		return retryfw.NonRetryableError(err)
	})
}

// An exact list: a root added to it would miss the sub-codes, so no fix.
func terminateRetrying(client *cvm.Client) error {
	for { // want `^retry-incomplete: retry logic for cvm TerminateInstances retries RequestLimitExceeded, InternalError but never retries ServiceUnavailable, ClientError.NetworkError; the list is matched exactly, so adding a family's root to it would not cover the family's sub-codes$`
		_, err := client.TerminateInstances(cvm.NewTerminateInstancesRequest())
		if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok && slices.Contains([]string{"RequestLimitExceeded", "InternalError"}, e.Code) {
			continue
		}
		return err
	}
}

// First segments: the missing ClientError.NetworkError is no first
// segment, so no fix either.
func retryBySegment(err error) bool { // want `^retry-incomplete: retry logic retries RequestLimitExceeded, InternalError, ServiceUnavailable but never retries ClientError.NetworkError$`
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return false
	}
	switch strings.Split(e.Code, ".")[0] {
	case "RequestLimitExceeded", "InternalError", "ServiceUnavailable":
		return true
	}
	return false
}
