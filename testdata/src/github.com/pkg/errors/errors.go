// Package errors stands in for github.com/pkg/errors: its As forwards to
// the standard library's.
package errors

import stderrors "errors"

// As finds the first error in err's chain that matches target.
func As(err error, target any) bool { return stderrors.As(err, target) }

// causer is what the real package's wrapping errors implement.
type causer interface{ Cause() error }

// Cause returns the innermost error of err's Cause chain, err itself when
// it wraps nothing, as the real function does.
func Cause(err error) error {
	for err != nil {
		c, ok := err.(causer)
		if !ok {
			break
		}
		err = c.Cause()
	}
	return err
}
