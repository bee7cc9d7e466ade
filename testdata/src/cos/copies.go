package cosscenario

import (
	"context"

	cosfork "example.com/acme/cosfork"
	coslite "example.com/acme/coslite"
)

// A copy of the COS SDK under another path, with the SDK's shape: its
// errors are COS errors.
func forked(ctx context.Context, c *cosfork.Client) bool {
	_, err := c.Object.Get(ctx, "report.csv")
	e, ok := err.(*cosfork.ErrorResponse)
	return ok && (e.Code == "NoSuchKeys" || e.Code == "ResourceNotFound") // want `unknown COS error code "NoSuchKeys" for cos Object.Get; did you mean "NoSuchKey"\?` `"ResourceNotFound" is an API 3.0 public error code, but it is compared with the code of a COS error \(\*cos.ErrorResponse of cos Object.Get\)`
}

// A package named cos whose ErrorResponse lacks the SDK's shape: silent.
func lookAlike(s *coslite.ObjectService) bool {
	err := s.Get("report.csv")
	e, ok := err.(*coslite.ErrorResponse)
	return ok && (e.Code == "NoSuchKeys" || e.Code == "ResourceNotFound")
}
