// Package pages is checked with -pages=cvm=testdata/pages/cvm-newer.md: a
// team's page of cvm codes newer than the SDK and catalog in view.
package pages

import (
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

func describe(client *cvm.Client) string {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return ""
	}
	switch e.Code {
	case "InvalidInstanceId.Hibernating", "OperationDenied.HibernationInProgress":
		return "valid through the page"
	case "InvalidInstanceId.Hibernatng": // want `unknown error code "InvalidInstanceId.Hibernatng" for cvm DescribeInstances; "InvalidInstanceId.Hibernating" is compared next to it`
		return "a misspelling of a page code"
	}
	return ""
}
