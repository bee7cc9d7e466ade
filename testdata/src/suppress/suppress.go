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
	//tcerrcheck:ignore wrong-case another category does not hide it, and the directive is reported unused // want `^unused-ignore: this //tcerrcheck:ignore suppresses nothing: no wrong-case diagnostic is reported on its line or the next; remove it$`
	case "InvalidZone.MismatchRegon": // want `unknown error code "InvalidZone.MismatchRegon"`
		return "other category"
	//tcerrcheck:ignore unknown-code
	case "InvalidImageId.NotFonud": // want `unknown error code "InvalidImageId.NotFonud" .* \(a tcerrcheck:ignore directive here is not honoured: it needs a reason\)`
		return "no reason"
	}
	return ""
}

// Stale directives: the code was fixed, the category does not exist, or
// it is turned off (left alone: another configuration may turn it on).
func stale(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && (e.Code == "InvalidInstanceId.NotFound" || //tcerrcheck:ignore unknown-code fixed since // want `^unused-ignore: this //tcerrcheck:ignore suppresses nothing: no unknown-code diagnostic`
		e.Code == "InvalidInstanceId.Malformed" || //tcerrcheck:ignore wrong-cse a typo // want `^unused-ignore: //tcerrcheck:ignore names "wrong-cse", which is no category of tcerrcheck`
		e.Code == "InvalidZone.MismatchRegion") //tcerrcheck:ignore inventory only when the inventory is on
}
