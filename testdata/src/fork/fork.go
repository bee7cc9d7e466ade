// Package fork uses a repackaged SDK under another module path: recognised
// by layout.
package fork

import (
	sdkerrors "example.com/acme/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "example.com/acme/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

func start(client *cvm.Client) bool {
	_, err := client.StartInstances(cvm.NewStartInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && (e.Code == "InvalidInstanceId.NotFound" ||
		e.Code == "InvalidRequest.LimitExceeded") // want `"InvalidRequest.LimitExceeded" is an API 2.0 error code`
}
