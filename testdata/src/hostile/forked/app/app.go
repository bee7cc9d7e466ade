// Package app compares codes of errors from the forked SDK, through the
// wrapper's fact.
package app

import (
	"errors"

	sdkerrors "example.com/acme/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "example.com/acme/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"

	"hostile/forked/wrap"
)

func start(client *cvm.Client) bool {
	var e *sdkerrors.TencentCloudSDKError
	err := wrap.Start(client)
	if !errors.As(err, &e) {
		return false
	}
	return e.Code == "InvalidInstanceId.NotFound" ||
		e.Code == "ResourceNotFound.CdnHostNotExists" || // beside a code cvm returns: changes nothing
		e.GetCode() == "InvalidInstanceId.NotFonud" // want `unknown error code "InvalidInstanceId.NotFonud" for cvm StartInstances`
}

// Start wraps the error with %w: a type assertion never sees the fork's
// error type, and the comparison behind it is dead.
func startAsserted(client *cvm.Client) bool {
	err := wrap.Start(client)
	e, ok := err.(*sdkerrors.TencentCloudSDKError) // want `wrong-error-type: the error is wrapped on every path that reaches here`
	return ok && e.Code == "ResourceNotFound.CdnHostNotExists"
}
