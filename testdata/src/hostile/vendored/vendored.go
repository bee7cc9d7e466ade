// Package vendored uses a vendored copy of the SDK: its import paths are
// hostile/vendored/vendor/github.com/tencentcloud/..., recognised by
// layout. The copy in view declares a code the catalog does not know.
package vendored

import (
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

func describe(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && (e.Code == "InvalidInstanceId.NotFound" ||
		e.Code == cvm.INVALIDINSTANCEID_VENDOREDONLY ||
		e.Code == "InvalidInstanceId.VendoredOnly" ||
		e.Code == "InvalidInstanceId.Malformed" || // a cvm code of the catalog
		e.Code == "InvalidInstanceId.NotFonud" || // want `unknown error code "InvalidInstanceId.NotFonud" for cvm DescribeInstances; "InvalidInstanceId.NotFound" is compared next to it`
		e.Code == "ResourceNotFound.CdnHostNotExists") // beside codes cvm returns: changes nothing
}

// The same through errors.As and GetCode.
func getCode(client *cvm.Client) bool {
	_, err := client.DescribeInstancesWithContext(nil, cvm.NewDescribeInstancesRequest())
	if e, ok := err.(interface{ GetCode() string }); ok {
		return e.GetCode() == "InvalidInstanceId.VendoredOnIy" // want `did you mean "InvalidInstanceId.VendoredOnly"\?`
	}
	return false
}
