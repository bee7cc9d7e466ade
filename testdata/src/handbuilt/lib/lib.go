package lib // want package:"sdkUser"

// lib builds an error of its own beside the SDK's, for callers in another
// package: the code it builds travels with its summary.

import (
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// Start starts an instance, refusing an empty ID with an error that looks
// like the SDK's.
func Start(client *cvm.Client, id string) error { // want Start:`errorFrom\(cvm.StartInstances, built "ResourceNotFound.InstanceNotFound"\)`
	if id == "" {
		return errors.NewTencentCloudSDKError("ResourceNotFound.InstanceNotFound", "no instance ID", "")
	}
	_, err := client.StartInstances(cvm.NewStartInstancesRequest())
	return err
}
