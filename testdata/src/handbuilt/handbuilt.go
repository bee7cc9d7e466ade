// Package handbuilt builds SDK errors itself with
// errors.NewTencentCloudSDKError: beside SDK calls, the code built is one
// more the error may carry, and the calls' product is judged as usual; an
// error that is only built has no product to judge by.
package handbuilt

import (
	"handbuilt/lib"

	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// startOrRefuse is a helper turning a missing ID into an error of its own.
func startOrRefuse(client *cvm.Client, id string) error {
	if id == "" {
		return errors.NewTencentCloudSDKError("ResourceNotFound.InstanceNotFound", "no instance ID", "")
	}
	_, err := client.StartInstances(cvm.NewStartInstancesRequest())
	return err
}

func throughHelper(client *cvm.Client) string {
	err := startOrRefuse(client, "")
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		switch e.Code {
		case "ResourceNotFound.InstanceNotFound": // built by the helper (other products declare it; cvm does not)
			return "missing"
		case "InvalidInstanceId.NotFound": // cvm's
			return "gone"
		case "InvalidDiskId.NotFound": // want `^wrong-product: "InvalidDiskId.NotFound" is declared by cbs, but cvm StartInstances never returns it`
			return "disk"
		}
	}
	return ""
}

// The variable holds the call's error or the one built after it.
func reassigned(client *cvm.Client, ready bool) bool {
	_, err := client.StartInstances(cvm.NewStartInstancesRequest())
	if err == nil && !ready {
		err = errors.NewTencentCloudSDKErrorWithCause("FailedOperation.NotReady", "not ready", "", nil)
	}
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		return e.Code == "FailedOperation.NotReady" || e.Code == "InvalidInstanceId.NotFonud" // want `^unknown-code: unknown error code "InvalidInstanceId.NotFonud" for cvm StartInstances; did you mean "InvalidInstanceId.NotFound"\?`
	}
	return false
}

// From another package, through the helper's fact.
func acrossPackages(client *cvm.Client) bool {
	err := lib.Start(client, "")
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		if e.Code == "ResourceNotFound.InstanceNotFound" {
			return false
		}
		return e.Code == "InvalidDiskId.NotFound" // want `^wrong-product: "InvalidDiskId.NotFound" is declared by cbs, but cvm StartInstances never returns it`
	}
	return false
}

// Only built: the code is the program's choice, not a product's; nothing
// to judge another code by.
func onlyBuilt() bool {
	err := errors.NewTencentCloudSDKError("ResourceNotFound.NoInstanceId", "", "")
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		return e.Code == "InvalidDiskId.NotFound"
	}
	return false
}

// A code that is not a constant could be any: the origin is unknown.
func codeFromCaller(client *cvm.Client, code string) bool {
	_, err := client.StartInstances(cvm.NewStartInstancesRequest())
	if err == nil {
		err = errors.NewTencentCloudSDKError(code, "", "")
	}
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		return e.Code == "InvalidDiskId.NotFound"
	}
	return false
}
