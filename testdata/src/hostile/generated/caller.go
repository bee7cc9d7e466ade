package generated // want package:"sdkUser"

// generated mixes generated and hand-written files.

import (
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// A hand-written caller of a generated wrapper is checked against the
// wrapper's origin.
func caller(client *cvm.Client) bool {
	e, ok := Describe(client).(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "ResourceNotFound.CdnHostNotExists" // want `is declared by cdn, but cvm DescribeInstances never returns it`
}
