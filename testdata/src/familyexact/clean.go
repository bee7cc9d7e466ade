package familyexact

import (
	"strings"

	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
	dnspod "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/dnspod/v20210323"
)

// Family matches and exact roots whose sub-codes are handled too are fine.
func familyMatch(client *dnspod.Client) bool {
	_, err := client.CreateRecord(dnspod.NewCreateRecordRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && (strings.HasPrefix(e.Code, "RequestLimitExceeded") || e.Code == "InternalError")
}

// dnspod declares no InternalError sub-code, and unknown origins have no
// public ones: exact InternalError is complete there.
func noSubCodes(client *dnspod.Client, err2 error) bool {
	_, err := client.DescribeDomain(dnspod.NewDescribeDomainRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	e2, ok2 := err2.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InternalError" || ok2 && e2.Code == "InternalError"
}

// Not a retryable family: ResourceNotFound sub-codes are separate cases.
func notRetryable(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "ResourceNotFound"
}

// The root and every sub-code listed: complete.
func allListed(client *cvm.Client) bool {
	_, err := client.TerminateInstances(cvm.NewTerminateInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && (e.Code == "InternalError" || e.Code == "InternalError.TradeUnknownError")
}

// The bare root joined with a test of the message picks one failure out
// by its text: its sub-codes are not what the branch is about.
func oneFailureByMessage(client *cvm.Client) bool {
	_, err := client.TerminateInstances(cvm.NewTerminateInstancesRequest())
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok {
		message := e.GetMessage()
		return e.Code == "InternalError" && strings.Contains(message, "409 InvalidBucketState")
	}
	return false
}

func oneFailureByError(client *cvm.Client) bool {
	_, err := client.TerminateInstances(cvm.NewTerminateInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && (e.Code == "InternalError" && strings.Contains(err.Error(), "timeout"))
}
