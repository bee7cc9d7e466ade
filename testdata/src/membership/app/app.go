// Package app calls the helpers of common with cvm errors: the codes it
// passes are checked against cvm, the way the helpers match them.
package app

import (
	"strings"

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

// Delegating to the classifier with no codes of its own: what it retries
// is the classifier's list, which covers throttling and the network, so
// only ServiceUnavailable is missing.
func delegates(client *cvm.Client) error {
	return retryfw.Retry(3, func() *retryfw.RetryError { // want `^retry-incomplete: retry logic for cvm StartInstances retries InternalError but never retries ServiceUnavailable$`
		_, err := client.StartInstances(cvm.NewStartInstancesRequest())
		if err != nil {
			if e, ok := err.(interface{ GetCode() string }); ok && strings.HasPrefix(e.GetCode(), "InternalError") {
				return retryfw.RetryableError(err)
			}
			return common.Classify(err)
		}
		return nil
	})
}
