// Package suppress checks the ignore directives.
package suppress

import (
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

func directives(client *cvm.Client) string {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return ""
	}
	switch e.Code {
	case "ResourceNotFound.CdnHostNotExists": //tcerrcheck:ignore wrong-product shared handler for cdn errors too
		return "same line"
	//tcerrcheck:ignore unknown-code,wrong-product the line above counts
	case "InvalidInstanceId.NotFonud":
		return "line above"
	case "InvalidInstanceId.Malformd": //nolint:tcerrcheck // golangci-lint's directive works too
		return "nolint"
	case "InvalidZone.MismatchRegon": //tcerrcheck:ignore wrong-case another category does not hide it // want `unknown error code "InvalidZone.MismatchRegon"`
		return "other category"
	//tcerrcheck:ignore unknown-code
	case "InvalidImageId.NotFonud": // want `unknown error code "InvalidImageId.NotFonud" .* \(a tcerrcheck:ignore directive here is not honoured: it needs a reason\)`
		return "no reason"
	}
	return ""
}
