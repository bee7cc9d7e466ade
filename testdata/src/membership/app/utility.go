package app

import (
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
	"membership/util"
)

// Membership helpers of a utility package that does not use the SDK: the
// lists handed to them are code comparisons, checked against cvm.
func utilityLists(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return false
	}
	return util.IsInStringArray([]string{"InvalidInstanceId.NotFonud"}, e.Code) || // want `unknown error code "InvalidInstanceId.NotFonud" for cvm DescribeInstances; did you mean "InvalidInstanceId.NotFound"\?`
		util.ContainsString([]string{"ResourceNotFound.CdnHostNotExists"}, e.Code) || // want `"ResourceNotFound.CdnHostNotExists" is declared by cdn, but cvm DescribeInstances never returns it`
		util.IsInArray([]string{"InvalidInstanceId.Malformd"}, e.Code) || // want `did you mean "InvalidInstanceId.Malformed"\?`
		util.InStringArray(e.Code, []string{"InvalidZone.MismatchRegon"}) // want `did you mean "InvalidZone.MismatchRegion"\?`
}

// Not membership, and lists of real codes: silent.
func utilityClean(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && (util.HasPrefixIn([]string{"InvalidInstanceId.NotFonud"}, e.Code) ||
		util.IsInStringArray([]string{"InvalidInstanceId.NotFound"}, e.Code))
}
