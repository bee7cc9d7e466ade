// Package cosonly uses the COS SDK and no API 3.0 SDK: it gets the COS
// checks alone.
package cosonly

import (
	"context"

	cos "github.com/tencentyun/cos-go-sdk-v5"
)

func get(ctx context.Context, c *cos.Client) string {
	_, err := c.Object.Get(ctx, "report.csv", nil)
	if e, ok := cos.IsCOSError(err); ok {
		switch e.Code {
		case "NoSuchKey", "SlowDown":
			return "a"
		case "NoSuchBuckt": // want `unknown COS error code "NoSuchBuckt" for cos Object.Get; did you mean "NoSuchBucket"\?`
			return "b"
		case "InvalidInstanceId.NotFound": // want `wrong-product: "InvalidInstanceId.NotFound" is an API 3.0 error code`
			return "c"
		}
	}
	return ""
}

// An interface{ GetCode() string } is an API 3.0 idiom: in a package that
// uses no API 3.0 SDK it stays unchecked, as it was.
func getCode(err error) bool {
	e, ok := err.(interface{ GetCode() string })
	return ok && e.GetCode() == "InvalidInstanceId.NotFonud"
}
