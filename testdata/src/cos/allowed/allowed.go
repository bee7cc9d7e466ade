// Package allowed compares codes given with -allow on COS errors: they are
// valid there as everywhere.
package allowed

import (
	"context"

	cos "github.com/tencentyun/cos-go-sdk-v5"
)

func get(ctx context.Context, c *cos.Client) bool {
	_, err := c.Object.Get(ctx, "report.csv", nil)
	e, ok := cos.IsCOSError(err)
	return ok && (e.Code == "NoSuchKeys" || e.Code == "ResourceNotFound" ||
		e.Code == "NoSuchKye") // want `unknown COS error code "NoSuchKye" for cos Object.Get; did you mean "NoSuchKey"\?`
}
