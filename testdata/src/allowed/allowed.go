// Package allowed is checked with -allow=Private.QuotaExceeded: a code the
// team knows its private product returns.
package allowed

import (
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

func describe(client *cvm.Client) string {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok {
		switch e.Code {
		case "Private.QuotaExceeded":
			return "allowed"
		case "Private.QuotaExceded": // want `unknown error code "Private.QuotaExceded" for cvm DescribeInstances; "Private.QuotaExceeded" is compared next to it`
			return "a misspelling of an allowed code"
		}
	}
	return ""
}
