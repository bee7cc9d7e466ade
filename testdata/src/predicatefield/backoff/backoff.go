// Package backoff is a retry framework configured by a struct: the
// predicate is a field, and Run calls the function it is given until the
// predicate says stop.
package backoff

import "context"

// Policy says how often to try, and which errors are worth another try.
type Policy struct {
	Tries       int
	ShouldRetry func(error) bool
}

// Run calls fn until it succeeds, the tries run out, or ShouldRetry says no.
func (p Policy) Run(ctx context.Context, fn func(context.Context) error) error { // want Run:`errorFrom\(func param 1\)`
	var err error
	for i := 0; i < p.Tries; i++ {
		if err = fn(ctx); err == nil || !p.ShouldRetry(err) {
			return err
		}
	}
	return err
}
