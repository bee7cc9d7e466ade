package generated

import (
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// The hand-written file of the same package is checked.
func handwritten(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidInstanceId.NotFonud" // want `unknown error code`
}
