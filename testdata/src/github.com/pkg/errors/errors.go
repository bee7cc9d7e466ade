// Package errors stands in for github.com/pkg/errors: its As forwards to
// the standard library's.
package errors

import stderrors "errors"

// As finds the first error in err's chain that matches target.
func As(err error, target any) bool { return stderrors.As(err, target) }
