package preferconst

import (
	"strings"

	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
	vpc "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/vpc/v20170312"
)

// Already the constant.
func withConstant(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == cvm.INVALIDINSTANCEID_NOTFOUND
}

// Public and client codes are no product's.
func publicCodes(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && (e.Code == "UnsupportedOperation" || e.Code == "ClientError.NetworkError")
}

// One list, compared with the errors of two products: no one package's
// constant is right for it.
var limits = []string{"InvalidParameterValue.LimitExceeded"}

func limitedCvm(client *cvm.Client) bool {
	_, err := client.RunInstances(cvm.NewRunInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && contains(limits, e.Code)
}

func limitedVpc(client *vpc.Client) bool {
	err := deleteVpc(client)
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && contains(limits, e.Code)
}

func contains(list []string, code string) bool {
	for _, c := range list {
		if c == code {
			return true
		}
	}
	return false
}

// An error of unknown origin: whose constant would it be?
func unknownOrigin(err error) bool {
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidInstanceId.NotFound"
}

// A code searched in the message: the literal is not simply the code.
func inMessage(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	return err != nil && strings.Contains(err.Error(), "Code=InvalidInstanceId.NotFound,")
}

func withOtherFilesConstant(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == instanceMissing
}
