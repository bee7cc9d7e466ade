package lib // want package:"sdkUser"

// lib holds classifiers other packages call with their errors.

import (
	"strings"

	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
)

// IsNotFound matches the bare root only.
func IsNotFound(err error) bool { // want IsNotFound:`classifier\(err 0: ResourceNotFound exact true\)`
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "ResourceNotFound"
}

// IsGone serves two products: a cvm code and a vpc one.
func IsGone(err error) bool { // want IsGone:`classifier\(err 0: InvalidInstanceId.NotFound exact true, InvalidVpcId.NotFound exact true\)`
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && (e.Code == "InvalidInstanceId.NotFound" || e.Code == "InvalidVpcId.NotFound")
}

// IsTransient retries throttling and the bare InternalError, and says
// false for auth failures.
func IsTransient(err error) bool { // want IsTransient:`classifier\(err 0: RequestLimitExceeded prefix true, InternalError exact true, AuthFailure exact false\)`
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return false
	}
	switch {
	case strings.HasPrefix(e.Code, "RequestLimitExceeded"), e.Code == "InternalError":
		return true
	case e.Code == "AuthFailure":
		return false
	}
	return false
}

// IsRetryable covers every retryable family.
func IsRetryable(err error) bool { // want IsRetryable:`classifier\(err 0: RequestLimitExceeded prefix true, InternalError prefix true, ServiceUnavailable prefix true, ClientError.NetworkError prefix true\)`
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return false
	}
	for _, family := range []string{"RequestLimitExceeded", "InternalError", "ServiceUnavailable", "ClientError.NetworkError"} {
		if strings.HasPrefix(e.Code, family) {
			return true
		}
	}
	return false
}
