// Package legacycode compares API 3.0 errors with API 2.0 codes.
package legacycode

import (
	"strings"

	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

func throttled(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		switch e.GetCode() {
		case "InvalidRequest.LimitExceeded": // want `^legacy-code: "InvalidRequest.LimitExceeded" is an API 2.0 error code, which the API 3.0 SDK never returns; use "RequestLimitExceeded"`
			return true
		case "InvalidParameter.SignatureFailure": // want `"InvalidParameter.SignatureFailure" is an API 2.0 error code, which the API 3.0 SDK never returns; use "AuthFailure.SignatureFailure"`
			return false
		}
	}
	return false
}

// Legacy codes are checked whatever the origin, and in err.Error() text.
func anyError(err error) bool {
	return strings.Contains(err.Error(), "Code=InvalidAction.NotFound") // want `"InvalidAction.NotFound" is an API 2.0 error code, which the API 3.0 SDK never returns; use "InvalidAction"`
}
