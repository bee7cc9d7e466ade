package wrap // want package:"sdkUser"

// wrap wraps the forked SDK (example.com/acme/...): a wrapper in one
// package, its callers in another.

import (
	"fmt"

	cvm "example.com/acme/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// Start starts instances.
func Start(client *cvm.Client) error { // want Start:`errorFrom\(cvm.StartInstances, wrapped\)`
	if _, err := client.StartInstances(cvm.NewStartInstancesRequest()); err != nil {
		return fmt.Errorf("start: %w", err)
	}
	return nil
}
