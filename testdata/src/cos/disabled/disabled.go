// Package disabled turns the COS findings off with -disable: none of them
// reappears under another category.
package disabled

import (
	"context"

	cos "github.com/tencentyun/cos-go-sdk-v5"
)

func get(ctx context.Context, c *cos.Client) bool {
	_, err := c.Object.Get(ctx, "report.csv", nil)
	e, ok := cos.IsCOSError(err)
	return ok && (e.Code == "NoSuchKeys" || e.Code == "NosuchKey" || e.Code == "ResourceNotFound")
}
