// Package wrongproduct compares a cvm error with codes other products
// declare.
package wrongproduct

import (
	"errors"

	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
	vpc "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/vpc/v20170312"
)

func copiedFromCdn(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	var e *sdkerrors.TencentCloudSDKError
	if errors.As(err, &e) {
		return e.Code == "ResourceNotFound.CdnHostNotExists" // want `^wrong-product: "ResourceNotFound.CdnHostNotExists" is declared by cdn, but cvm DescribeInstances never returns it`
	}
	return false
}

// The same suffix exists in cvm under another family: suggested and fixed.
func otherFamily(client *cvm.Client) bool {
	_, err := client.StartInstances(cvm.NewStartInstancesRequest())
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok {
		return e.Code == "FailedOperation.InvalidRegion" // want `"FailedOperation.InvalidRegion" is declared by vpc, but cvm StartInstances never returns it; did you mean "InvalidParameterValue.InvalidRegion"\?`
	}
	return false
}

// Nothing similar in cvm: reported without a suggestion.
func noSuggestion(client *cvm.Client) bool {
	_, err := client.StartInstances(cvm.NewStartInstancesRequest())
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok {
		return e.Code == "OperationDenied.MutexTaskRunning" // want `"OperationDenied.MutexTaskRunning" is declared by vpc, but cvm StartInstances never returns it; of the OperationDenied family, StartInstances documents OperationDenied.InstanceOperationInProgress$`
	}
	return false
}

// An SDK constant of another product: reported, never rewritten.
func sdkConstant(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok {
		return e.Code == vpc.RESOURCENOTFOUND_SVCNOTEXIST // want `"ResourceNotFound.SvcNotExist" is declared by vpc, but cvm DescribeInstances never returns it`
	}
	return false
}
