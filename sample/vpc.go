package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	vpc "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/vpc/v20170312"
)

// deleteVpc deletes a VPC; a VPC that is already gone is not an error.
// Some callers only have err.Error() and search it for "Code=...".
func deleteVpc(client *vpc.Client, id string) error {
	req := vpc.NewDeleteVpcRequest()
	req.VpcId = common.StringPtr(id)
	_, err := client.DeleteVpc(req)
	if err == nil {
		return nil
	}
	if strings.Contains(err.Error(), "Code=ResourceNotFound") {
		return nil
	}
	if strings.Contains(err.Error(), "Code=ResourceInUse") {
		return fmt.Errorf("vpc %s still has resources: %w", id, err)
	}
	return err
}

// deleteSecurityGroup deletes a security group. vpc spells the code with
// "ID"; cvm's own code for the same thing says "Id".
func deleteSecurityGroup(client *vpc.Client, id string) error {
	req := vpc.NewDeleteSecurityGroupRequest()
	req.SecurityGroupId = common.StringPtr(id)
	_, err := client.DeleteSecurityGroup(req)
	var e *sdkerrors.TencentCloudSDKError
	if errors.As(err, &e) && e.GetCode() == "InvalidSecurityGroupID.NotFound" {
		return nil
	}
	return err
}

// listVpcs lists the VPCs with the given IDs.
func listVpcs(client *vpc.Client, ids []string) ([]*vpc.Vpc, error) {
	req := vpc.NewDescribeVpcsRequest()
	req.VpcIds = common.StringPtrs(ids)
	resp, err := client.DescribeVpcs(req)
	if err != nil {
		if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok && e.Code == vpc.RESOURCENOTFOUND {
			return nil, nil
		}
		return nil, err
	}
	return resp.Response.VpcSet, nil
}
