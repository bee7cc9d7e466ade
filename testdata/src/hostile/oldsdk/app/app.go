// Package app calls products whose SDK packages declare no codes (versions
// older than the first with errors.go). For cvm the catalog knows its
// codes; for a product it does not know, nothing is known of its codes.
package app

import (
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"

	cvm "hostile/oldsdk/tencentcloud/cvm/v20170312"
	oldprod "hostile/oldsdk/tencentcloud/oldprod/v20180101"
)

func oldCvm(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && (e.Code == "InvalidInstanceId.NotFound" ||
		e.Code == "InvalidInstanceId.NotFonud" || // want `unknown error code "InvalidInstanceId.NotFonud" for cvm DescribeInstances; "InvalidInstanceId.NotFound" is compared next to it`
		e.Code == "ResourceNotFound.CdnHostNotExists") // want `"ResourceNotFound.CdnHostNotExists" is declared by cdn, but cvm DescribeInstances never returns it`
}

// Product-independent checks still apply to a product nothing is known of.
func oldProductIndependent(client *oldprod.Client) bool {
	_, err := client.DescribeThings(oldprod.NewDescribeThingsRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && (e.Code == "InvalidRequest.LimitExceeded" || // want `"InvalidRequest.LimitExceeded" is an API 2.0 error code`
		e.Code == "RequestLimitExceeded.UinLimitExceeded")
}
