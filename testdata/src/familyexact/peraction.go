package familyexact

import (
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	tke "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/tke/v20180525"
	vpc "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/vpc/v20170312"
)

// tke declares 17 InternalError sub-codes; DescribeClusters documents 7 of
// them, and only those are named.
func describeClusters(client *tke.Client) error {
	_, err := client.DescribeClusters(tke.NewDescribeClustersRequest())
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok && e.Code == "InternalError" { // want `^family-exact: exact comparison with "InternalError" misses its sub-codes "InternalError.CamNoAuth", "InternalError.Db", "InternalError.DbAffectivedRows" and 4 more, which tke DescribeClusters can return`
		return nil
	}
	return err
}

// vpc declares InternalError.CreateCkafkaRouteError too, but DescribeVpcs
// documents only InternalError.ModuleError, which is compared: nothing is
// missed.
func describeVpcs(client *vpc.Client) error {
	_, err := client.DescribeVpcs(vpc.NewDescribeVpcsRequest())
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok && (e.Code == "InternalError" || e.Code == "InternalError.ModuleError") {
		return nil
	}
	return err
}
