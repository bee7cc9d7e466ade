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

// withStack is what WithStack returns: err with a stack trace, reachable
// through Cause and Unwrap as in the real package.
type withStack struct{ err error }

func (w *withStack) Error() string { return w.err.Error() }
func (w *withStack) Cause() error  { return w.err }
func (w *withStack) Unwrap() error { return w.err }

// WithStack annotates err with a stack trace; nil stays nil.
func WithStack(err error) error {
	if err == nil {
		return nil
	}
	return &withStack{err}
}
