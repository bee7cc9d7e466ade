// Package preferconst compares codes with literals where the producing
// product's SDK package has a constant of the same value.
package preferconst

import (
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
	vpcapi "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/vpc/v20170312"
)

func instanceGone(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidInstanceId.NotFound" // want `^prefer-constant: "InvalidInstanceId.NotFound" is the constant cvm.INVALIDINSTANCEID_NOTFOUND of github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312; compare with it, and a misspelling fails to compile$`
}

// The file's name for the package is used, whatever it is.
func deleteGroup(client *vpcapi.Client) error {
	_, err := client.DeleteSecurityGroup(vpcapi.NewDeleteSecurityGroupRequest())
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok {
		switch e.Code {
		case "InvalidSecurityGroupID.NotFound": // want `^prefer-constant: "InvalidSecurityGroupID.NotFound" is the constant vpcapi.INVALIDSECURITYGROUPID_NOTFOUND`
			return nil
		case "InternalError": // a public code: no product's own
			return err
		}
	}
	return err
}

// A constant of the program's own: its declaration is rewritten.
func imageGone(client *cvm.Client) bool {
	const missingImage = "InvalidImageId.NotFound" // want `^prefer-constant: "InvalidImageId.NotFound" is the constant cvm.INVALIDIMAGEID_NOTFOUND`
	_, err := client.CreateImage(cvm.NewCreateImageRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == missingImage
}
