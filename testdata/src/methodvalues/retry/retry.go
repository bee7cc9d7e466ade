// Package retry holds generic call helpers of the kind programs write
// around SDK calls: they call the function they are given and return its
// error, so the error has the origin of the function passed.
package retry

import "context"

// Do calls f with req until it succeeds or ctx is done.
func Do[Req, Res any](ctx context.Context, f func(Req) (Res, error), req Req) (Res, error) { // want Do:`errorFrom\(func param 1\)`
	for {
		res, err := f(req)
		if err == nil || ctx.Err() != nil {
			return res, err
		}
	}
}

// DoContext is Do for the WithContext form of an action.
func DoContext[Req, Res any](ctx context.Context, f func(context.Context, Req) (Res, error), req Req) (Res, error) { // want DoContext:`errorFrom\(func param 1\)`
	return f(ctx, req)
}

// Call is a non-generic helper taking any error-returning func.
func Call(f func() error) error { // want Call:`errorFrom\(func param 0\)`
	return f()
}

// Forward hands its func parameter on to another helper: the error still
// comes from the function its caller passes.
func Forward(f func() error) error { // want Forward:`errorFrom\(func param 0\)`
	return Call(f)
}
