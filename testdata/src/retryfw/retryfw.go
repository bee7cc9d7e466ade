// Package retryfw is a small retry framework of the kind callers use
// (resource.Retry in the Terraform SDK): the closure returns a retryable
// or a non-retryable error.
package retryfw

// RetryError carries whether to retry.
type RetryError struct {
	Err       error
	Retryable bool
}

// RetryableError asks for another attempt.
func RetryableError(err error) *RetryError { return &RetryError{err, true} }

// NonRetryableError stops retrying.
func NonRetryableError(err error) *RetryError { return &RetryError{err, false} }

// Retry calls f until it returns nil or a non-retryable error.
func Retry(attempts int, f func() *RetryError) error {
	var last error
	for i := 0; i < attempts; i++ {
		r := f()
		if r == nil {
			return nil
		}
		if !r.Retryable {
			return r.Err
		}
		last = r.Err
	}
	return last
}
