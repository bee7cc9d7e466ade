// Package multiproduct feeds one error variable from two products: a code
// is valid when either returns it, and wrong only when both lack it.
package multiproduct

import (
	cdn "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cdn/v20180606"
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

func both(c *cvm.Client, d *cdn.Client, useCdn bool) string {
	var err error
	if useCdn {
		_, err = d.PurgeUrlsCache(cdn.NewPurgeUrlsCacheRequest())
	} else {
		_, err = c.DescribeInstances(cvm.NewDescribeInstancesRequest())
	}
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return ""
	}
	switch e.Code {
	case "InvalidInstanceId.NotFound", "ResourceNotFound.CdnHostNotExists":
		return "each valid for one of the two"
	case "ResourceNotFound.SvcNotExist": // want `"ResourceNotFound.SvcNotExist" is declared by vpc, but cdn PurgeUrlsCache or cvm DescribeInstances never returns it`
		return "neither returns it"
	}
	return ""
}
