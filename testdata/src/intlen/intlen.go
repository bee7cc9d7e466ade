// Package intlen uses the international SDK: its own error type, same
// layout, same checks.
package intlen

import (
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go-intl-en/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go-intl-en/tencentcloud/cvm/v20170312"
)

func describe(client *cvm.Client) string {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok {
		switch e.Code {
		case "InvalidInstanceId.NotFound", "RequestLimitExceeded.UinLimitExceeded":
			return "valid"
		case "InvalidInstanceId.NotFonud": // want `unknown error code "InvalidInstanceId.NotFonud" for cvm DescribeInstances`
			return "typo"
		case "ResourceNotFound.CdnHostNotExists": // want `"ResourceNotFound.CdnHostNotExists" is declared by cdn, but cvm DescribeInstances never returns it`
			return "other product"
		}
	}
	return ""
}
