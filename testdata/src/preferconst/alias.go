package preferconst

import (
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvmsdk "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// The file names cvm otherwise: the fix uses that name.
func startGone(client *cvmsdk.Client) bool {
	_, err := client.StartInstances(cvmsdk.NewStartInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidInstanceId.NotFound" // want `^prefer-constant: "InvalidInstanceId.NotFound" is the constant cvmsdk.INVALIDINSTANCEID_NOTFOUND`
}
