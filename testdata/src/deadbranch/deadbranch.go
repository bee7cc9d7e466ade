// Package deadbranch compares an invalid code next to the code it looks
// like: the right code is handled already, so the wrong one is dead and
// can go; no fix that would compare the right code twice.
package deadbranch

import (
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

func orChain(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		return e.Code == "InvalidInstanceId.NotFonud" || e.Code == "InvalidInstanceId.NotFound" // want `^unknown-code: unknown error code "InvalidInstanceId.NotFonud" for cvm DescribeInstances; "InvalidInstanceId.NotFound" is compared next to it, so this comparison never matches anything more and can go$`
	}
	return false
}

func caseVariants(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*errors.TencentCloudSDKError)
	return ok && (e.GetCode() == "InvalidInstanceId.NotFound" || e.GetCode() == "InvalidInstanceID.NotFound") // want `^wrong-case: "InvalidInstanceID.NotFound" differs only in letter case from "InvalidInstanceId.NotFound", and error codes are compared case-sensitively; "InvalidInstanceId.NotFound" is compared next to it`
}

func switchCases(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		switch e.Code {
		case "InvalidInstanceId.NotFound", "InvalidInstanceId.NotFonud": // want `"InvalidInstanceId.NotFound" is compared next to it`
			return true
		}
	}
	return false
}

// Look-alikes: the right code compared with another error's code, or in
// another condition, is no reason to drop the fix.
func otherOperand(client *cvm.Client, other *errors.TencentCloudSDKError) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		return e.Code == "InvalidInstanceId.NotFonud" || other.Code == "InvalidInstanceId.NotFound" // want `did you mean "InvalidInstanceId.NotFound"\?$`
	}
	return false
}

func otherCondition(client *cvm.Client) int {
	n := 0
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		if e.Code == "InvalidInstanceId.NotFound" {
			n = 1 // falls through to the next if
		}
		if e.Code == "InvalidInstanceId.NotFonud" { // want `did you mean "InvalidInstanceId.NotFound"\?$`
			return 2
		}
	}
	return n
}

// An earlier if that returns on the right code: the misspelt one is dead.
func earlierReturn(client *cvm.Client) int {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		if e.Code == "InvalidInstanceId.NotFound" {
			return 1
		}
		if e.Code == "InvalidInstanceId.NotFonud" { // want `"InvalidInstanceId.NotFound" is matched by an earlier case already, so this comparison would never be reached even fixed, and can go$`
			return 2
		}
	}
	return 0
}
