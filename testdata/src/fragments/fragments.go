// Package fragments searches codes for dot-less pieces with
// strings.Contains: a piece no code of the producing product contains is
// reported when it is another product's piece or a misspelt one; a piece
// nothing is near stays silent.
package fragments

import (
	"strings"

	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// A piece of cam's codes: no cvm code contains it.
func copiedFromCam(client *cvm.Client) bool {
	_, err := client.RunInstances(cvm.NewRunInstancesRequest())
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		return strings.Contains(e.Code, "SubUserNameInUse") // want `^wrong-product: no code that cvm RunInstances returns contains "SubUserNameInUse", so this test is never true; cam declares "InvalidParameter.SubUserNameInUse"$`
	}
	return false
}

// A letter swapped in a piece of a cvm code.
func misspeltPiece(client *cvm.Client) bool {
	_, err := client.RunInstances(cvm.NewRunInstancesRequest())
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		return strings.Contains(e.GetCode(), "InstanceQuotq") // want `^unknown-code: no code that cvm RunInstances returns contains "InstanceQuotq"; did you mean "InstanceQuota"\?$`
	}
	return false
}

// With an unknown origin a piece is misspelt when no code of any product
// contains it and it is a letter from a segment of one.
func unknownOrigin(err error) bool {
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		return strings.Contains(e.Code, "SubUserNameInUze") // want `^unknown-code: no code of any product contains "SubUserNameInUze"; did you mean "SubUserNameInUse"\?$`
	}
	return false
}

// Pieces that cvm codes contain, whole segments or not.
func pieces(client *cvm.Client) bool {
	_, err := client.RunInstances(cvm.NewRunInstancesRequest())
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		return strings.Contains(e.Code, "NotFound") || strings.Contains(e.Code, "Quota") ||
			strings.Contains(e.Code, "TaskRunning")
	}
	return false
}

// A piece nothing contains and nothing is near: services send codes no
// release declares, so it may be a real one.
func undeclaredPiece(client *cvm.Client) bool {
	_, err := client.RunInstances(cvm.NewRunInstancesRequest())
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		return strings.Contains(e.Code, "MirrorShardBroken")
	}
	return false
}

// Another product's piece next to a live branch: copied along, it changes
// nothing.
func besideLiveBranch(client *cvm.Client) bool {
	_, err := client.RunInstances(cvm.NewRunInstancesRequest())
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		return strings.Contains(e.Code, "SubUserNameInUse") || e.Code == "ResourceInUse"
	}
	return false
}

// Words searched for in the error's text may be message text: not codes.
func messageText(client *cvm.Client) bool {
	_, err := client.RunInstances(cvm.NewRunInstancesRequest())
	return err != nil && strings.Contains(err.Error(), "SubUserNameInUse")
}

// A lower-case word is not a piece of a code.
func lowerCase(client *cvm.Client) bool {
	_, err := client.RunInstances(cvm.NewRunInstancesRequest())
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		return strings.Contains(e.Code, "quotq")
	}
	return false
}
