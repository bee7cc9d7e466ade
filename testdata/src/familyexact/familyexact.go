// Package familyexact compares with retryable family roots exactly.
package familyexact

import (
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
	dnspod "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/dnspod/v20210323"
	tdmq "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/tdmq/v20200217"
)

// dnspod write actions return RequestLimitExceeded.RequestLimitExceeded,
// never the bare root: the branch is dead. CreateRecord documents four
// sub-codes, and only those are named. The fix imports strings.
func createRecord(client *dnspod.Client) bool {
	_, err := client.CreateRecord(dnspod.NewCreateRecordRequest())
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok {
		return e.Code == "RequestLimitExceeded" // want `^family-exact: exact comparison with "RequestLimitExceeded" misses its sub-codes "RequestLimitExceeded.RequestLimitExceeded", "RequestLimitExceeded.GlobalRegionUinLimitExceeded", "RequestLimitExceeded.IPLimitExceeded" and 1 more, which dnspod CreateRecord can return; match the family with strings.HasPrefix`
	}
	return false
}

// cvm declares InternalError.TradeUnknownError; != gets a negated fix.
func terminate(client *cvm.Client) error {
	_, err := client.TerminateInstances(cvm.NewTerminateInstancesRequest())
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok && e.GetCode() != "InternalError" { // want `exact comparison with "InternalError" misses its sub-codes "InternalError.TradeUnknownError", which cvm TerminateInstances can return`
		return err
	}
	return nil
}

// A switch case is reported but not rewritten: the rewrite would not be
// mechanical.
func throttledSwitch(client *dnspod.Client) bool {
	_, err := client.CreateRecord(dnspod.NewCreateRecordRequest())
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok {
		switch e.Code {
		case "RequestLimitExceeded": // want `exact comparison with "RequestLimitExceeded" misses its sub-codes`
			return true
		}
	}
	return false
}

// With an unknown origin only the public sub-codes count: every product
// may return RequestLimitExceeded.UinLimitExceeded...
func unknownOrigin(err error) bool {
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "RequestLimitExceeded" // want `misses its sub-codes "RequestLimitExceeded.GlobalRegionUinLimitExceeded", "RequestLimitExceeded.IPLimitExceeded", "RequestLimitExceeded.UinLimitExceeded", which any product can return`
}

// A not-found branch on the bare root, after an action that documents
// ResourceNotFound.Cluster beside it: a gone cluster reads as a failure.
func clusterGone(client *tdmq.Client) bool {
	_, err := client.DescribeRocketMQCluster(tdmq.NewDescribeRocketMQClusterRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "ResourceNotFound" // want `^family-exact: exact comparison with "ResourceNotFound" misses its sub-codes "ResourceNotFound.Cluster", which tdmq DescribeRocketMQCluster documents; match the family with strings.HasPrefix`
}

// Look-alikes: the sub-code is matched too; an action that documents no
// sub-code; another non-retryable root the action documents sub-codes of.
func clusterGoneBoth(client *tdmq.Client) bool {
	_, err := client.DescribeRocketMQCluster(tdmq.NewDescribeRocketMQClusterRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && (e.Code == "ResourceNotFound" || e.Code == "ResourceNotFound.Cluster")
}

func clusterDeleted(client *tdmq.Client) bool {
	_, err := client.DeleteCluster(tdmq.NewDeleteClusterRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && (e.Code == "FailedOperation" || e.Code == "ResourceNotFound.Cluster")
}
