// Package shadowedcase compares codes that an earlier case already
// matches.
package shadowedcase

import (
	"slices"
	"strings"

	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// The prefix case takes every AuthFailure code: a wrong key is reported as
// a missing permission.
func classify(client *cvm.Client) string {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return ""
	}
	switch {
	case strings.HasPrefix(e.Code, "AuthFailure."):
		return "no permission"
	case e.Code == "AuthFailure.SecretIdNotFound", e.Code == "AuthFailure.SignatureFailure": // want `^shadowed-case: "AuthFailure.SecretIdNotFound" is matched by an earlier case already \(the prefix "AuthFailure."\), so this branch is never taken$` `"AuthFailure.SignatureFailure" is matched by an earlier case already`
		return "bad key"
	}
	return "other"
}

// The same in an else-if chain.
func classifyIf(client *cvm.Client) string {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return ""
	}
	if strings.HasPrefix(e.Code, "InvalidInstanceId") {
		return "bad id"
	} else if e.Code == "InvalidInstanceId.NotFound" { // want `matched by an earlier case already`
		return "gone"
	}
	return "other"
}

// Look-alikes, silent: the specific case first; an earlier prefix case
// under && (it may not be taken); both branches ending alike; another
// error's code.
func specificFirst(client *cvm.Client) string {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return ""
	}
	switch {
	case e.Code == "AuthFailure.SecretIdNotFound":
		return "bad key"
	case strings.HasPrefix(e.Code, "AuthFailure."):
		return "no permission"
	}
	return "other"
}

func guardedPrefix(client *cvm.Client, strict bool) string {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return ""
	}
	switch {
	case strict && strings.HasPrefix(e.Code, "AuthFailure."):
		return "no permission"
	case e.Code == "AuthFailure.SecretIdNotFound":
		return "bad key"
	}
	return "other"
}

func sameEnd(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return false
	}
	switch {
	case strings.HasPrefix(e.Code, "AuthFailure."):
		return true
	case e.Code == "AuthFailure.SecretIdNotFound":
		return true
	}
	return false
}

func otherError(client *cvm.Client, other *sdkerrors.TencentCloudSDKError) string {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return ""
	}
	switch {
	case strings.HasPrefix(other.Code, "AuthFailure."):
		return "other failed"
	case e.Code == "AuthFailure.SecretIdNotFound":
		return "bad key"
	}
	return "other"
}

// Ifs in a row, the earlier one returning: the later never sees its codes.
func classifySequence(client *cvm.Client) string {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return ""
	}
	if strings.HasPrefix(e.Code, "UnauthorizedOperation.") || strings.HasPrefix(e.Code, "AuthFailure.") {
		return "no permission"
	}
	if e.Code == "AuthFailure.SecretIdNotFound" { // want `"AuthFailure.SecretIdNotFound" is matched by an earlier case already \(the prefix "AuthFailure."\)`
		return "bad key"
	}
	return "other"
}

// Look-alikes, silent: an earlier if that falls through (it only logs), one
// with an else, and one separated by another statement that is no if.
func fallsThrough(client *cvm.Client, log func(string)) string {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return ""
	}
	if strings.HasPrefix(e.Code, "AuthFailure.") {
		log("auth")
	}
	if e.Code == "AuthFailure.SecretIdNotFound" {
		return "bad key"
	}
	return "other"
}

func reassignedBetween(client *cvm.Client) string {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return ""
	}
	if strings.HasPrefix(e.Code, "AuthFailure.") {
		return "no permission"
	}
	_, err = client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, _ = err.(*sdkerrors.TencentCloudSDKError)
	if e != nil && e.Code == "AuthFailure.SecretIdNotFound" {
		return "bad key"
	}
	return "other"
}

// The same with lists: a membership test after an if whose prefix took
// every code of the list.
func classifyLists(client *cvm.Client) string {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return ""
	}
	if strings.HasPrefix(e.Code, "AuthFailure.") || slices.Contains([]string{"UnauthorizedOperation"}, e.Code) {
		return "no permission"
	}
	if slices.Contains([]string{"AuthFailure.SecretIdNotFound", "InvalidInstanceId.NotFound"}, e.Code) { // want `"AuthFailure.SecretIdNotFound" is matched by an earlier case already`
		return "bad key or gone"
	}
	return "other"
}
