// Package app calls products whose SDK packages declare no codes (versions
// older than the first with errors.go, copied outside the SDK's modules).
// For cvm at an API version the catalog holds, the catalog's codes stand
// in, but a copy may be a fork whose cloud returns more than the public
// one, so another product's code is not reported; for a product the
// catalog does not know, nothing is known of its codes.
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
		e.Code == "InvalidInstanceId.NotFonud" || // want `unknown error code "InvalidInstanceId.NotFonud" for cvm DescribeInstances; "InvalidInstanceId.NotFound" is compared next to it.*; judged by the public catalog's codes of cvm v20170312 \(the SDK copy in use declares none\)`
		e.Code == "ResourceNotFound.CdnHostNotExists") // cdn's: silent for a copy
}

// Product-independent checks still apply to a product nothing is known of.
func oldProductIndependent(client *oldprod.Client) bool {
	_, err := client.DescribeThings(oldprod.NewDescribeThingsRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && (e.Code == "InvalidRequest.LimitExceeded" || // want `"InvalidRequest.LimitExceeded" is an API 2.0 error code`
		e.Code == "RequestLimitExceeded.UinLimitExceeded")
}
