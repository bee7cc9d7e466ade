// Package cosscenario compares the codes of COS errors (cos-go-sdk-v5's
// *cos.ErrorResponse) in the ways callers write them: each check with
// flagged cases and silent look-alikes.
package cosscenario

import (
	"context"
	"errors"
	"slices"
	"strings"

	cos "github.com/tencentyun/cos-go-sdk-v5"
)

// A type assertion on the error of client.Object.Get.
func typeAssertion(ctx context.Context, c *cos.Client) string {
	_, err := c.Object.Get(ctx, "report.csv", nil)
	if e, ok := err.(*cos.ErrorResponse); ok {
		switch {
		case e.Code == "NoSuchKey":
			return "gone"
		case e.Code == "NoSuchKeys": // want `^unknown-code: unknown COS error code "NoSuchKeys" for cos Object.Get; did you mean "NoSuchKey"\?$`
			return "gone?"
		case e.Code == "NosuchBucket": // want `^wrong-case: "NosuchBucket" differs only in letter case from "NoSuchBucket", a COS error code \(the error comes from cos Object.Get\); error codes are compared case-sensitively$`
			return "no bucket"
		case e.Code == "NoSuchBucketPolicy": // an S3 code COS does not document: unknown, not a misspelling
			return "no policy"
		case e.Code == "40400": // a CI answer's decimal code: not a code
			return "ci"
		}
	}
	return ""
}

// errors.As, then a switch with several cases.
func errorsAs(ctx context.Context, c *cos.Client) string {
	_, err := c.Bucket.Put(ctx, nil)
	var e *cos.ErrorResponse
	if errors.As(err, &e) {
		switch e.Code {
		case "BucketAlreadyOwnedByYou":
			return "mine"
		case "BucketAlreadyExist": // want `unknown COS error code "BucketAlreadyExist" for cos Bucket.Put; did you mean "BucketAlreadyExists"\?`
			return "taken"
		case "BucketNotEmpty", "NoSuchBucket":
			return "busy"
		case "InvalidBucketname": // want `wrong-case: "InvalidBucketname" differs only in letter case from "InvalidBucketName"`
			return "bad name"
		}
	}
	return ""
}

// cos.IsCOSError, next to cos.IsNotFoundError (which tests the status).
func isCOSError(ctx context.Context, c *cos.Client) bool {
	_, err := c.Object.Head(ctx, "report.csv", nil)
	if cos.IsNotFoundError(err) {
		return false
	}
	if e, ok := cos.IsCOSError(err); ok && e.Code == "NoSuchUplaod" { // want `unknown COS error code "NoSuchUplaod" for cos Object.Head; did you mean "NoSuchUpload"\?`
		return false
	}
	if e, ok := cos.IsCOSError(err); ok && e.Code == "NoSuchUpload" {
		return false
	}
	return true
}

// A local copy of the code.
func localCopy(ctx context.Context, c *cos.Client) bool {
	_, _, err := c.Bucket.Get(ctx, nil)
	e, ok := err.(*cos.ErrorResponse)
	if !ok {
		return false
	}
	code := e.Code
	return code == "SlowDonw" // want `unknown COS error code "SlowDonw" for cos Bucket.Get; did you mean "SlowDown"\?`
}

// A retry list matched with slices.Contains.
func retryList(ctx context.Context, c *cos.Client) bool {
	_, err := c.Object.Delete(ctx, "report.csv")
	retryable := []string{"RequestTimeout", "InternalError", "ServiceUnavailable", "Slowdown"} // want `wrong-case: "Slowdown" differs only in letter case from "SlowDown"`
	if e, ok := err.(*cos.ErrorResponse); ok {
		return slices.Contains(retryable, e.Code)
	}
	return false
}

// API 3.0 codes compared on a COS error of COS calls: wrong-product.
func api3Codes(ctx context.Context, c *cos.Client) string {
	_, err := c.Object.Get(ctx, "report.csv", nil)
	e, ok := err.(*cos.ErrorResponse)
	if !ok {
		return ""
	}
	switch {
	case e.Code == "InvalidInstanceId.NotFound": // want `^wrong-product: "InvalidInstanceId.NotFound" is an API 3.0 error code, declared by cbs, cvm, vpc, but it is compared with the code of a COS error \(\*cos.ErrorResponse of cos Object.Get\), which carries COS's own codes and never this one$`
		return "a"
	case e.Code == "ResourceNotFound": // want `wrong-product: "ResourceNotFound" is an API 3.0 public error code, but it is compared with the code of a COS error`
		return "b"
	case strings.HasPrefix(e.Code, "ResourceNotFound"): // want `wrong-product: "ResourceNotFound" is the prefix of API 3.0 error codes, but it is compared with the code of a COS error`
		return "c"
	case strings.HasPrefix(e.Code, "NoSuch"): // COS codes have the prefix
		return "d"
	case e.Code == "InternalError", e.Code == "ServiceUnavailable", e.Code == "InvalidRequest": // both sides have them
		return "e"
	case e.Code == "NoSuchKey" || e.Code == "InvalidInstanceId.NotFound": // copied beside a live branch
		return "f"
	}
	return ""
}

// The error of a parameter: the origin is unknown, and the COS SDK's other
// services answer with codes of their own. Misspellings of COS codes and
// dotted API 3.0 codes are still certain; a one-segment API 3.0 code is not.
func unknownOrigin(err error) string {
	if e, ok := err.(*cos.ErrorResponse); ok {
		switch e.Code {
		case "NoSuchKeys": // want `^unknown-code: unknown COS error code "NoSuchKeys"; did you mean "NoSuchKey"\?$`
			return "a"
		case "InvalidInstanceId.NotFound": // want `wrong-product: "InvalidInstanceId.NotFound" is an API 3.0 error code, declared by cbs, cvm, vpc, but it is compared with the code of a COS error \(\*cos.ErrorResponse\), which`
			return "b"
		case "ResourceNotFound", "UnauthorizedOperation":
			return "c"
		}
	}
	return ""
}

// EqualFold ignores case on purpose.
func equalFold(ctx context.Context, c *cos.Client) bool {
	_, err := c.Object.Get(ctx, "report.csv", nil)
	e, ok := cos.IsCOSError(err)
	return ok && strings.EqualFold(e.Code, "nosuchkey")
}

// An application's own ErrorResponse is no COS error.
type ErrorResponse struct {
	Code    string
	Message string
}

func ownType(e *ErrorResponse) bool {
	return e.Code == "NoSuchKeys" || e.Code == "InvalidInstanceId.NotFound"
}

// The right code compared next to the misspelt one: the misspelling is
// dead, and no fix would add anything.
func deadBeside(ctx context.Context, c *cos.Client) bool {
	_, err := c.Object.Get(ctx, "report.csv", nil)
	e, ok := cos.IsCOSError(err)
	return ok && (e.Code == "NoSuchKey" || e.Code == "NoSuchKeys") // want `unknown COS error code "NoSuchKeys" for cos Object.Get; "NoSuchKey" is compared next to it, so this comparison never matches anything more and can go`
}

// An error of a COS call or a CI-like call: the origin is not COS's alone,
// so only what is certain whatever the service is reported.
func mixedWithUnknown(ctx context.Context, c *cos.Client, other func() error) string {
	_, err := c.Object.Get(ctx, "report.csv", nil)
	if err == nil {
		err = other()
	}
	if e, ok := err.(*cos.ErrorResponse); ok {
		switch e.Code {
		case "ResourceNotFound": // may be another service's code
			return "a"
		case "NoSuchKye": // want `unknown COS error code "NoSuchKye"; did you mean "NoSuchKey"\?`
			return "b"
		}
	}
	return ""
}

// Two COS calls reach the comparison: both are named.
func twoCalls(ctx context.Context, c *cos.Client, head bool) bool {
	var err error
	if head {
		_, err = c.Object.Head(ctx, "report.csv", nil)
	} else {
		_, err = c.Object.Get(ctx, "report.csv", nil)
	}
	var e *cos.ErrorResponse
	return errors.As(err, &e) && e.Code == "UnauthorizedOperation" // want `"UnauthorizedOperation" is an API 3.0 public error code, but it is compared with the code of a COS error \(\*cos.ErrorResponse of cos Object.Get/Object.Head\)`
}

// A suppressed finding.
func suppressed(ctx context.Context, c *cos.Client) bool {
	_, err := c.Object.Get(ctx, "report.csv", nil)
	e, ok := cos.IsCOSError(err)
	return ok && e.Code == "NoSuchKeys" //tcerrcheck:ignore unknown-code a private COS deployment sends it
}
