// Package disabled is checked with -disable=wrong-case,legacy-code: those
// codes stay silent rather than showing up under another category.
package disabled

import (
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

func describe(client *cvm.Client) string {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok {
		switch e.Code {
		case "InvalidInstanceID.NotFound", "InvalidRequest.LimitExceeded":
			return "silenced categories"
		case "InvalidInstanceId.NotFonud": // want `unknown error code`
			return "still on"
		}
	}
	return ""
}
