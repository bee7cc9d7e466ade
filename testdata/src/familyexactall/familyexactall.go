// Package familyexactall is checked with -family-exact-all: every family
// root counts, not only the retryable ones.
package familyexactall

import (
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

func describe(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && (e.Code == "ResourceNotFound" || // want `exact comparison with "ResourceNotFound" misses its sub-codes "ResourceNotFound.HpcCluster"`
		e.Code == "InvalidInstanceId.NotFound") // not a root: no sub-codes
}
