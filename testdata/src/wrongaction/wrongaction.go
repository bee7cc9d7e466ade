// Package wrongaction is checked with -enable=wrong-action: product codes
// the producing action does not document.
package wrongaction

import (
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"

	"wrappers/cloud"
)

func describe(client *cvm.Client) string {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return ""
	}
	switch e.Code {
	case "InvalidInstanceId.Malformed", "InvalidFilter":
		return "documented by DescribeInstances"
	case "RequestLimitExceeded.UinLimitExceeded", "ClientError.NetworkError":
		return "public and client codes: any action"
	case "InvalidInstanceId.NotFound": // want `^wrong-action: "InvalidInstanceId.NotFound" is a cvm code, but cvm DescribeInstances does not document it \(of the InvalidInstanceId family, DescribeInstances documents InvalidInstanceId.Malformed\)`
		return "cvm declares it; DescribeInstances does not list it"
	}
	return ""
}

// Through a wrapper the list comes from the product's fact as well (from
// the catalog when the product package is out of view).
func wrapped(s *cloud.Service) bool {
	_, err := s.Describe()
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "ResourceInsufficient.SpecifiedInstanceType" // want `"ResourceInsufficient.SpecifiedInstanceType" is a cvm code, but cvm DescribeInstances does not document it`
}

// Several actions: the code must be missing from every list.
func either(client *cvm.Client, start bool) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	if start {
		_, err = client.StartInstances(cvm.NewStartInstancesRequest())
	}
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidInstanceId.NotFound" // StartInstances documents it
}
