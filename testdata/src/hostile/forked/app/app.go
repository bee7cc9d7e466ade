// Package app compares codes of errors from the forked SDK, through the
// wrapper's fact.
package app

import (
	sdkerrors "example.com/acme/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "example.com/acme/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"

	"hostile/forked/wrap"
)

func start(client *cvm.Client) bool {
	var e *sdkerrors.TencentCloudSDKError
	err := wrap.Start(client)
	if e2, ok := err.(*sdkerrors.TencentCloudSDKError); ok {
		e = e2
	}
	return e != nil && (e.Code == "InvalidInstanceId.NotFound" ||
		e.Code == "ResourceNotFound.CdnHostNotExists" || // want `"ResourceNotFound.CdnHostNotExists" is declared by cdn, but cvm StartInstances never returns it`
		e.GetCode() == "InvalidInstanceId.NotFonud") // want `unknown error code "InvalidInstanceId.NotFonud" for cvm StartInstances`
}
