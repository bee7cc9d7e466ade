package legacycode

import (
	"strings"

	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// The API 3.0 code an API 2.0 one stands for is matched by an earlier
// case already: fixed, the case would never be reached, so it is said to
// be dead and not fixed.
func shadowed(client *cvm.Client) string {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return ""
	}
	switch {
	case strings.HasPrefix(e.Code, "RequestLimitExceeded"):
		return "throttled"
	case e.Code == "InvalidRequest.LimitExceeded": // want `^legacy-code: "InvalidRequest.LimitExceeded" is an API 2.0 error code, which the API 3.0 SDK never returns; "RequestLimitExceeded" is matched by an earlier case already, so this comparison would never be reached even fixed, and can go$`
		return "throttled too"
	}
	return ""
}

// The same in an else-if chain; and the look-alike, a later prefix case,
// which does not shadow: fixed there.
func shadowedElseIf(client *cvm.Client) string {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return ""
	}
	if strings.HasPrefix(e.Code, "RequestLimitExceeded") {
		return "throttled"
	} else if e.Code == "InvalidRequest.LimitExceeded" { // want `matched by an earlier case already`
		return "throttled too"
	}
	return ""
}

func notShadowed(client *cvm.Client) string {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return ""
	}
	switch {
	case e.Code == "InvalidRequest.LimitExceeded": // want `; use "RequestLimitExceeded"$`
		return "throttled"
	case strings.HasPrefix(e.Code, "RequestLimitExceeded"):
		return "throttled too"
	}
	return ""
}
