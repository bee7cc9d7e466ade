package wrongproduct

import (
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// A cdn code copied beside cvm's own not-found code, in one || chain or
// one case: the branch is taken for the real code, and the copy changes
// nothing. Not reported.
func copiedBesideRealCode(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		return e.Code == "InvalidInstanceId.NotFound" || e.Code == "ResourceNotFound.CdnHostNotExists"
	}
	return false
}

func copiedIntoOneCase(client *cvm.Client) string {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		switch e.Code {
		case "InvalidInstanceId.NotFound", "ResourceNotFound.CdnHostNotExists":
			return "gone"
		}
	}
	return ""
}

// Look-alikes, reported: the real code in another case, under && rather
// than ||, or compared on another error.
func copiedIntoItsOwnCase(client *cvm.Client) string {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		switch e.Code {
		case "InvalidInstanceId.NotFound":
			return "gone"
		case "ResourceNotFound.CdnHostNotExists": // want `"ResourceNotFound.CdnHostNotExists" is declared by cdn, but cvm DescribeInstances never returns it`
			return "host gone"
		}
	}
	return ""
}

func underAnd(client *cvm.Client, retried bool) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		return retried && e.Code == "ResourceNotFound.CdnHostNotExists" // want `is declared by cdn, but cvm DescribeInstances never returns it`
	}
	return false
}

func besideAnotherError(client *cvm.Client, other *errors.TencentCloudSDKError) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		return other.Code == "InvalidInstanceId.NotFound" || e.Code == "ResourceNotFound.CdnHostNotExists" // want `is declared by cdn, but cvm DescribeInstances never returns it`
	}
	return false
}
