// Package history compares codes with the catalog's history of each
// product: codes the SDK dropped before the release in view are flagged;
// codes newer than the SDK in view, and dropped codes the SDK in view
// still declares, are not.
package history

import (
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
	tdmq "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/tdmq/v20200217"
)

// tdmq dropped FailedOperation.DescribeProducers after v1.0.321; the SDK in
// view (v1.0.599) declares codes first declared later, so it is newer.
func droppedBeforeView(client *tdmq.Client) bool {
	_, err := client.DeleteCluster(tdmq.NewDeleteClusterRequest())
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		return e.Code == "FailedOperation.DescribeProducers" // want `^removed-code: tdmq DeleteCluster no longer returns "FailedOperation.DescribeProducers": the SDK last declared it in tencentcloud-sdk-go v1.0.321 \(2021-12-28\)`
	}
	return false
}

// cvm declared InvalidParameterValue.EniIdMalformed from v1.0.1158 to
// v1.0.1170 only; the SDK in view is v1.3.159.
func droppedFromCvm(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		return e.Code == "InvalidParameterValue.EniIdMalformed" // want `^removed-code: cvm DescribeInstances no longer returns "InvalidParameterValue.EniIdMalformed": the SDK last declared it in tencentcloud-sdk-go v1.0.1170 \(2025-05-21\)`
	}
	return false
}

// ResourceNotFound.Instance arrived in tdmq v1.0.626, after the SDK in
// view: the server returns it whatever the caller's SDK.
func newerThanView(client *tdmq.Client) bool {
	_, err := client.DeleteCluster(tdmq.NewDeleteClusterRequest())
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		return e.Code == "ResourceNotFound.Instance"
	}
	return false
}

// The SDK in view declares FailedOperation.CreateBindVpc, which later
// releases dropped: the caller's own SDK is the authority on it.
func declaredInView(client *tdmq.Client) bool {
	_, err := client.DeleteCluster(tdmq.NewDeleteClusterRequest())
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		return e.Code == "FailedOperation.CreateBindVpc" || e.Code == tdmq.RESOURCEINUSE_CLUSTER
	}
	return false
}

// With an unknown origin nothing is flagged here: dropped and current
// codes are real, and a code no release declared, with no real code near
// it, may still be sent (InvalidKeyPair.NotSupported is quoted from a real
// answer).
func unknownOrigin(err error) bool {
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		switch e.Code {
		case "UnauthorizedOperation.NotFinanceAuth", "InvalidKeyPair.NotSupported":
			return true
		case "FailedOperation.DescribeProducers", "ResourceNotFound.Instance", "InvalidInstanceId.NotFound":
			return true
		case "Other", "X", "UnSupportedLoggingRegion", "NoSuchFamily.Anything": // not dotted, or of no family any product has
			return true
		}
	}
	return false
}
