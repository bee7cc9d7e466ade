package main

import (
	"context"
	"errors"
	"slices"
	"strings"
	"time"

	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
)

// extraRetryable lists codes outside the retryable families that are still
// worth another attempt: resource busy states that clear by themselves.
var extraRetryable = []string{
	"ResourceInUse",
	"ResourceUnavailable",
	"OperationDenied.InstanceOperationInProgress",
	"InvalidRequest.RequestConcurrencyExceeded", // want: legacy-code
	"MutexOperation.TaskRuning",                 // want: unknown-code
}

// isRetryable decides whether withRetry repeats a call. Families are
// matched by prefix so their sub-codes (RequestLimitExceeded.UinLimitExceeded,
// InternalError.*) are retried too; the SDK's built-in retry compares
// "RequestLimitExceeded" exactly and would miss them.
func isRetryable(err error) bool {
	var e *sdkerrors.TencentCloudSDKError
	if !errors.As(err, &e) {
		return false
	}
	code := e.GetCode()
	switch {
	case strings.HasPrefix(code, "RequestLimitExceeded"),
		strings.HasPrefix(code, "InternalError"),
		strings.HasPrefix(code, "ServiceUnavailable"),
		code == "ClientError.NetworkError":
		return true
	}
	return slices.Contains(extraRetryable, code)
}

// withRetry calls call until it succeeds, fails for good or attempts run out.
func withRetry(ctx context.Context, attempts int, call func() error) error {
	var err error
	for i := range attempts {
		if err = call(); err == nil || !isRetryable(err) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Duration(1<<i) * time.Second):
		}
	}
	return err
}
