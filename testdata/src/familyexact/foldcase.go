package familyexact

import (
	"strings"

	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// strings.EqualFold ignores case, not sub-codes: it is exact for the
// family's sake. No fix: the call is not an == to rewrite.
func terminateFolded(client *cvm.Client) bool {
	_, err := client.TerminateInstances(cvm.NewTerminateInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && strings.EqualFold(e.Code, "InternalError") // want `^family-exact: exact comparison with "InternalError" misses its sub-codes "InternalError.TradeUnknownError", which cvm TerminateInstances can return`
}

// The sub-code is matched too: clean.
func terminateFoldedBoth(client *cvm.Client) bool {
	_, err := client.TerminateInstances(cvm.NewTerminateInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && (strings.EqualFold(e.Code, "InternalError") || strings.EqualFold(e.Code, "InternalError.TradeUnknownError"))
}
