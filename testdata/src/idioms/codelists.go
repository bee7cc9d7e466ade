package idioms

import (
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// A map of codes filled after it is made: its keys are what the lookup
// compares.
func stopOnListed(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return false
	}
	stop := map[string]bool{}
	stop[cvm.INVALIDINSTANCEID_NOTFOUND] = true
	stop["InvalidInstanceId.Malformd"] = true // want `did you mean "InvalidInstanceId.Malformed"`
	return stop[e.Code]
}
