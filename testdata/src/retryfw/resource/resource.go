// Package resource re-exports retryfw under aliases, as
// terraform-plugin-sdk v2's helper/resource does helper/retry's.
package resource

import "retryfw"

// RetryError is retryfw's verdict, by another name.
type RetryError = retryfw.RetryError

// Retry is retryfw.Retry.
func Retry(attempts int, f func() *RetryError) error { return retryfw.Retry(attempts, f) }

// RetryableError is retryfw.RetryableError.
func RetryableError(err error) *RetryError { return retryfw.RetryableError(err) }

// NonRetryableError is retryfw.NonRetryableError.
func NonRetryableError(err error) *RetryError { return retryfw.NonRetryableError(err) }
