// Package app calls the helpers of common with cvm errors: the codes it
// passes are checked against cvm, the way the helpers match them.
package app

import (
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
	common "membership/tencentcloud/common"
	"retryfw"
)

func gone(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	return common.HasCode(err, []string{"InvalidInstanceId.NotFonud"}) // want `unknown error code "InvalidInstanceId.NotFonud" for cvm DescribeInstances; did you mean "InvalidInstanceId.NotFound"\?`
}

func copied(client *cvm.Client) error {
	return retryfw.Retry(3, func() *retryfw.RetryError {
		_, err := client.StartInstances(cvm.NewStartInstancesRequest())
		if err != nil {
			return common.Classify(err, "ResourceNotFound.CdnHostNotExists") // want `"ResourceNotFound.CdnHostNotExists" is declared by cdn, but cvm StartInstances never returns it`
		}
		return nil
	})
}

// Clean: real cvm codes, a family root matched by first segment, and the
// membership test on anything but codes.
func clean(client *cvm.Client, names []string) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	return common.HasCode(err, []string{"InvalidInstanceId.NotFound", "ResourceInUse", "InternalError"}) ||
		common.InList(names, "InvalidInstanceId.NotFonud")
}
