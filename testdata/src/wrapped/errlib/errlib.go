// Package errlib is an error library of the program's ecosystem, with no
// SDK in sight: its Cause is recognised by what it does, not by its path.
package errlib

type causer interface{ Cause() error }

// Cause returns the error err wraps, or err itself.
func Cause(err error) error { // want Cause:`errorFrom\(param 0\)`
	if c, ok := err.(causer); ok {
		return c.Cause()
	}
	return err
}

// Describe is a look-alike of the same shape that returns a new error.
func Describe(err error) error {
	return errorString(err.Error())
}

type errorString string

func (e errorString) Error() string { return string(e) }

// Innermost loops down to the error nothing wraps: the loop reassigns its
// parameter, whose first value is the caller's.
func Innermost(err error) error { // want Innermost:`errorFrom\(param 0\)`
	for err != nil {
		c, ok := err.(causer)
		if !ok {
			break
		}
		err = c.Cause()
	}
	return err
}
