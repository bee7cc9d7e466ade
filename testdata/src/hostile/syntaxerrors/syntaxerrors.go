// Package syntaxerrors does not parse: the parser's partial syntax tree
// has bad expressions and statements, which the analyzer must survive.
package syntaxerrors

import (
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

func wellFormed(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidInstanceId.NotFonud" // want `unknown error code "InvalidInstanceId.NotFonud" for cvm DescribeInstances`
}

func broken(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest(
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if ok && e.Code == {
		return true
	}
	switch e.Code {
	case "InvalidInstanceId.NotFonud"
		return false
	}
	return e.Code == "InvalidInstanceId.Malformd" +
}
