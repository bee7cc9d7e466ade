package app // want package:"sdkUser"

import (
	"strings"

	"classifiers/lib"
	"retryfw"

	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
	tdmq "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/tdmq/v20200217"
	vpc "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/vpc/v20170312"
)

// Another package's classifier, called with a tdmq error whose action
// answers with a ResourceNotFound sub-code: this call misses it.
func readCluster(client *tdmq.Client) error {
	_, err := client.DescribeRocketMQCluster(tdmq.NewDescribeRocketMQClusterRequest())
	if lib.IsNotFound(err) { // want `^family-exact: lib.IsNotFound compares "ResourceNotFound" exactly, which misses its sub-codes "ResourceNotFound.Cluster", which tdmq DescribeRocketMQCluster documents`
		return nil
	}
	return err
}

// The same call, with the sub-codes matched beside it.
func readClusterFully(client *tdmq.Client) error {
	_, err := client.DescribeRocketMQCluster(tdmq.NewDescribeRocketMQClusterRequest())
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); lib.IsNotFound(err) || ok && strings.HasPrefix(e.Code, "ResourceNotFound.") {
		return nil
	}
	return err
}

// A classifier serving several products: its cvm code is not this vpc
// call's, and that is no defect of the call.
func deleteVpcQuietly(client *vpc.Client) error {
	_, err := client.DeleteVpc(vpc.NewDeleteVpcRequest())
	if lib.IsGone(err) {
		return nil
	}
	return err
}

// The classifier decides the retry: true for throttling and the bare
// InternalError, so the closure never retries the other families, and
// the exact InternalError misses cvm's sub-code.
func terminateRetrying(client *cvm.Client) error {
	return retryfw.Retry(3, func() *retryfw.RetryError { // want `^retry-incomplete: retry logic for cvm TerminateInstances retries RequestLimitExceeded, InternalError but never retries ServiceUnavailable, ClientError.NetworkError$`
		_, err := client.TerminateInstances(cvm.NewTerminateInstancesRequest())
		if lib.IsTransient(err) { // want `^family-exact: lib.IsTransient compares "InternalError" exactly, which misses its sub-codes "InternalError.TradeUnknownError", which cvm TerminateInstances can return`
			return retryfw.RetryableError(err)
		}
		return retryfw.NonRetryableError(err)
	})
}

// A complete classifier: nothing to report.
func runRetrying(client *cvm.Client) error {
	return retryfw.Retry(3, func() *retryfw.RetryError {
		_, err := client.RunInstances(cvm.NewRunInstancesRequest())
		if lib.IsRetryable(err) {
			return retryfw.RetryableError(err)
		}
		return retryfw.NonRetryableError(err)
	})
}
