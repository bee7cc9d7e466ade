// Package inventory has comparisons of every kind of origin: the
// inventory reports each with its origin, or why it is unknown.
package inventory

import (
	"strings"

	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
	"retryfw"
)

func direct(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		return e.Code == "InvalidInstanceId.NotFound" // want `^inventory: == with 1 code \("InvalidInstanceId.NotFound"\); origin: cvm DescribeInstances$`
	}
	return false
}

// describe wraps an SDK call: its callers' errors have its origin.
func describe(client *cvm.Client) error {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	return err
}

func throughWrapper(client *cvm.Client) bool {
	err := describe(client)
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		switch e.Code { // want `^inventory: switch with 4 codes \("InvalidInstanceId.NotFound", "InvalidInstanceId.Malformed", "InternalError", \.\.\.\); origin: cvm DescribeInstances \(through a wrapper\)$`
		case "InvalidInstanceId.NotFound", "InvalidInstanceId.Malformed":
			return true
		case "InternalError", "InternalServerError":
			return false
		}
	}
	return false
}

// isGone is a helper: its comparisons are checked at each call site.
func isGone(err error) bool {
	e, ok := err.(*errors.TencentCloudSDKError)
	return ok && strings.HasPrefix(e.Code, "ResourceNotFound") // want `^inventory: call of strings.HasPrefix with 1 code \("ResourceNotFound"\); in a helper: checked at each call site$`
}

var shared error

func fromGlobal() bool {
	if e, ok := shared.(*errors.TencentCloudSDKError); ok {
		return e.Code == "InternalError" // want `^inventory: == with 1 code \("InternalError"\); origin unknown: shared is not a local variable of the function`
	}
	return false
}

type doer interface{ Do() error }

func fromInterface(d doer) bool {
	err := d.Do()
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		return e.Code == "InternalError" // want `origin unknown: the error comes from a call of a function value or interface method$`
	}
	return false
}

func fromOtherFunc() bool {
	err := strings.NewReader("").UnreadByte()
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		return e.Code == "InternalError" // want `origin unknown: the error comes from \(\*strings.Reader\).UnreadByte, which returns no error of an SDK call the analyzer follows$`
	}
	return false
}

// A string parameter compared with a constant in a function that is no
// code helper: a protocol name, not a code. Not in the inventory.
func isTCP(protocol string) bool {
	return protocol == "TCP"
}

// The error a retry framework's call returns is the one its closure
// wrapped last: it has the origin of the wrapped errors.
func afterRetry(client *cvm.Client) bool {
	err := retryfw.Retry(3, func() *retryfw.RetryError {
		_, e := client.StartInstances(cvm.NewStartInstancesRequest())
		if e != nil {
			return retryfw.RetryableError(e)
		}
		return nil
	})
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		return e.Code == "InvalidInstanceId.NotFound" // want `origin: cvm StartInstances$`
	}
	return false
}

// Beside a call's error, the codes the program builds are named too.
func describeOrRefuse(client *cvm.Client, id string) error {
	if id == "" {
		return errors.NewTencentCloudSDKError("NotFound", "no instance ID", "")
	}
	return describe(client)
}

func handBuiltBesideCall(client *cvm.Client) bool {
	err := describeOrRefuse(client, "")
	e, ok := err.(*errors.TencentCloudSDKError)
	return ok && e.Code == "NotFound" // want `^inventory: == with 1 code \("NotFound"\); origin: cvm DescribeInstances \(through a wrapper\); or built with "NotFound"$`
}
