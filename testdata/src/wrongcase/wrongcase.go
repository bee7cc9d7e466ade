// Package wrongcase compares codes in the wrong letter case.
package wrongcase

import (
	"strings"

	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

func exact(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		return e.Code == "InvalidInstanceID.NotFound" // want `^wrong-case: "InvalidInstanceID.NotFound" differs only in letter case from "InvalidInstanceId.NotFound", which cvm DescribeInstances returns; error codes are compared case-sensitively`
	}
	return false
}

func prefix(client *cvm.Client) bool {
	_, err := client.RunInstances(cvm.NewRunInstancesRequest())
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		return strings.HasPrefix(e.Code, "Limitexceeded.") // want `"Limitexceeded." differs only in letter case from "LimitExceeded.", which cvm RunInstances returns`
	}
	return false
}

func unknownOrigin(err error) bool {
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		return e.Code == "ResourceNotFound.CDNHostNotExists" // want `"ResourceNotFound.CDNHostNotExists" differs only in letter case from "ResourceNotFound.CdnHostNotExists", a real error code`
	}
	return false
}

// EqualFold ignores case by design: silent.
func fold(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		return strings.EqualFold(e.Code, "invalidinstanceid.notfound")
	}
	return false
}
