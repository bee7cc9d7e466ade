// Package retry holds COS retry logic: judged by COS's transient codes
// (InternalError, RequestTimeout, ServiceUnavailable, SlowDown), never by
// the API 3.0 retryable families.
package retry

import (
	"context"
	"slices"
	"time"

	cos "github.com/tencentyun/cos-go-sdk-v5"

	"retryfw"
)

// A retry list that leaves SlowDown out: fixed by adding it.
func isRetryable(err error) bool { // want `^retry-incomplete: COS retry logic retries InternalError, RequestTimeout, ServiceUnavailable but never retries SlowDown \(COS's transient codes: InternalError, RequestTimeout, ServiceUnavailable, SlowDown\)$`
	retryable := []string{"RequestTimeout", "InternalError", "ServiceUnavailable"}
	e, ok := cos.IsCOSError(err)
	return ok && slices.Contains(retryable, e.Code)
}

// All four, and a KMS code besides (as the Terraform provider's list): clean.
func shouldRetry(err error) bool {
	retryable := []string{"RequestTimeout", "InternalError", "ServiceUnavailable", "SlowDown", "KmsInternalException"}
	e, ok := cos.IsCOSError(err)
	return ok && slices.Contains(retryable, e.Code)
}

// A loop around a COS call that retries throttling only.
func getWithRetry(ctx context.Context, c *cos.Client) error {
	var err error
	for i := 0; i < 3; i++ { // want `^retry-incomplete: COS retry logic for cos Object.Get retries SlowDown but never retries InternalError, RequestTimeout, ServiceUnavailable`
		_, err = c.Object.Get(ctx, "report.csv", nil)
		if err == nil {
			return nil
		}
		if e, ok := cos.IsCOSError(err); ok && e.Code == "SlowDown" {
			time.Sleep(time.Second)
			continue
		}
		return err
	}
	return err
}

// Gives up on RequestTimeout, which only a caller can retry.
func retriable(err error) bool { // want `COS retry logic retries InternalError, ServiceUnavailable, SlowDown but gives up on RequestTimeout; RequestTimeout should be retried with backoff`
	e, ok := cos.IsCOSError(err)
	if !ok {
		return false
	}
	switch e.Code {
	case "SlowDown", "InternalError", "ServiceUnavailable":
		return true
	case "RequestTimeout":
		return false
	}
	return false
}

// Not retry logic: a not-found test.
func isGone(err error) bool {
	e, ok := cos.IsCOSError(err)
	return ok && e.Code == "NoSuchKey"
}

// Retrying a settling state says nothing of the transient codes.
func retryBusy(err error) bool {
	e, ok := cos.IsCOSError(err)
	return ok && e.Code == "BucketNotEmpty"
}

// The caller passes the codes: only a give-up would be reported.
func retryableWith(err error, extra ...string) bool {
	e, ok := cos.IsCOSError(err)
	return ok && (e.Code == "SlowDown" || slices.Contains(extra, e.Code))
}

// A range over items walks them: no retry.
func deleteAll(ctx context.Context, c *cos.Client, names []string) error {
	for _, name := range names {
		_, err := c.Object.Delete(ctx, name)
		if e, ok := cos.IsCOSError(err); ok && e.Code == "SlowDown" {
			continue
		}
	}
	return nil
}

// SlowDown miscased: wrong-case's finding (off here), not a missing code.
func retriableMiscased(err error) bool {
	retryable := []string{"RequestTimeout", "InternalError", "ServiceUnavailable", "Slowdown"}
	e, ok := cos.IsCOSError(err)
	return ok && slices.Contains(retryable, e.Code)
}

// A retry framework's closure around a COS call.
func putWithFramework(ctx context.Context, c *cos.Client) error {
	return retryfw.Retry(5, func() *retryfw.RetryError { // want `COS retry logic for cos Object.Put retries InternalError, SlowDown but never retries RequestTimeout, ServiceUnavailable`
		_, err := c.Object.Put(ctx, "report.csv", nil, nil)
		if e, ok := cos.IsCOSError(err); ok {
			switch e.Code {
			case "SlowDown", "InternalError":
				return retryfw.RetryableError(err)
			}
			return retryfw.NonRetryableError(err)
		}
		return nil
	})
}

// The same closure with the four codes: clean.
func putWithFrameworkComplete(ctx context.Context, c *cos.Client) error {
	return retryfw.Retry(5, func() *retryfw.RetryError {
		_, err := c.Object.Put(ctx, "report.csv", nil, nil)
		if e, ok := cos.IsCOSError(err); ok {
			switch e.Code {
			case "SlowDown", "InternalError", "ServiceUnavailable", "RequestTimeout":
				return retryfw.RetryableError(err)
			}
			return retryfw.NonRetryableError(err)
		}
		return nil
	})
}
