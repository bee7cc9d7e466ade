// Package reuse reuses one error variable for calls to several products:
// each comparison is checked against the call that reaches it.
package reuse

import (
	cdn "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cdn/v20180606"
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

func sequential(c *cvm.Client, d *cdn.Client) string {
	_, err := c.DescribeInstances(cvm.NewDescribeInstancesRequest())
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok && e.Code == "ResourceNotFound.CdnHostNotExists" { // want `"ResourceNotFound.CdnHostNotExists" is declared by cdn, but cvm DescribeInstances never returns it`
		return "copied from the cdn handling below"
	}
	_, err = d.PurgeUrlsCache(cdn.NewPurgeUrlsCacheRequest())
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok && e.Code == "InvalidInstanceId.NotFound" { // want `"InvalidInstanceId.NotFound" is declared by cbs, cvm, vpc, but cdn PurgeUrlsCache never returns it`
		return "copied from the cvm handling above"
	}
	return ""
}

// A conditional reassignment merges: either call may have produced err.
func conditional(c *cvm.Client, d *cdn.Client, purge bool) bool {
	_, err := c.DescribeInstances(cvm.NewDescribeInstancesRequest())
	if purge {
		_, err = d.PurgeUrlsCache(cdn.NewPurgeUrlsCacheRequest())
	}
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && (e.Code == "ResourceNotFound.CdnHostNotExists" || e.Code == "InvalidInstanceId.NotFound")
}

// In a loop the later call reaches the earlier check on the next round.
func loop(c *cvm.Client, d *cdn.Client) bool {
	var err error
	for i := 0; i < 2; i++ {
		if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok && e.Code == "ResourceNotFound.CdnHostNotExists" {
			return true
		}
		_, err = d.PurgeUrlsCache(cdn.NewPurgeUrlsCacheRequest())
	}
	return false
}
