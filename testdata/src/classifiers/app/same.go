// Package app calls classifier helpers: bool functions comparing an
// error's (or a code's) code with their own codes, no list from the
// caller. Inside the helper the origin is the parameter's; the helper's
// codes are checked against what its callers in the package pass.
package app

import (
	"strings"

	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
	tdmq "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/tdmq/v20200217"
	vpc "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/vpc/v20170312"
)

// Its only caller passes vpc errors; the code is cvm's.
func vpcGone(err error) bool {
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidImageId.NotFound" // want `^wrong-product: "InvalidImageId.NotFound" is declared by .*cvm.*, but vpc DeleteVpc never returns it`
}

func deleteVpc(client *vpc.Client) error {
	_, err := client.DeleteVpc(vpc.NewDeleteVpcRequest())
	if vpcGone(err) {
		return nil
	}
	return err
}

// A code classifier, given the code of a tdmq error whose action answers
// ResourceNotFound with sub-codes: the exact root misses them.
func missing(code string) bool {
	return code == "ResourceNotFound" // want `^family-exact: exact comparison with "ResourceNotFound" misses`
}

func deleteCluster(client *tdmq.Client) error {
	_, err := client.DescribeRocketMQCluster(tdmq.NewDescribeRocketMQClusterRequest())
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok && missing(e.Code) {
		return nil
	}
	return err
}

// Exported: other packages may call it with other products' errors, so
// the cvm code is not judged by the vpc caller here; the sub-codes this
// package's tdmq caller can return still count.
func IsGone(err error) bool { // want IsGone:`classifier`
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return false
	}
	return e.Code == "InvalidInstanceId.NotFound" || e.Code == "ResourceNotFound" // want `^family-exact: exact comparison with "ResourceNotFound" misses`
}

func describeVpcs(client *vpc.Client, mq *tdmq.Client) error {
	_, err := client.DescribeVpcs(vpc.NewDescribeVpcsRequest())
	if IsGone(err) {
		return nil
	}
	_, err = mq.DescribeRocketMQCluster(tdmq.NewDescribeRocketMQClusterRequest())
	if IsGone(err) {
		return nil
	}
	return err
}

// Callers with two products: the code is cvm's, one of them.
func instanceGone(err error) bool {
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && strings.HasPrefix(e.Code, "InvalidInstanceId.NotFound")
}

func cleanup(c *cvm.Client, v *vpc.Client) error {
	_, err := c.DescribeInstances(cvm.NewDescribeInstancesRequest())
	if instanceGone(err) {
		return nil
	}
	_, err = v.DescribeAddresses(vpc.NewDescribeAddressesRequest())
	if instanceGone(err) {
		return nil
	}
	return err
}

// Used as a value too: its callers are not all known.
func imageGone(err error) bool {
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidImageId.NotFound"
}

var onDelete = imageGone

func deleteAgain(client *vpc.Client) error {
	_, err := client.DeleteVpc(vpc.NewDeleteVpcRequest())
	if imageGone(err) || onDelete(err) {
		return nil
	}
	return err
}

// One caller passes an error of unknown origin: nothing product-specific
// is judged.
func keyGone(err error) bool {
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidImageId.NotFound"
}

func deleteWith(client *vpc.Client, previous error) error {
	_, err := client.DeleteVpc(vpc.NewDeleteVpcRequest())
	if keyGone(err) || keyGone(previous) {
		return nil
	}
	return err
}
