package opassign

import (
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// A code put together with +=: its value is known only at run time, so
// neither half is a code compared with the error's code.
func opAssign(client *cvm.Client, notFound bool) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	code := "InvalidInstanceId."
	if notFound {
		code += "NotFound"
	} else {
		code += "Malformed"
	}
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == code
}
