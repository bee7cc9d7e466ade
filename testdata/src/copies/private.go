// Package copies calls SDKs that are not the published one: a private-cloud
// fork that renamed the error type and ships no errors.go, a fork that
// replaced the Client's methods by package functions, and an application
// error struct that merely looks like the SDK's.
package copies

import (
	"strings"

	tceerrors "example.com/private/tcecloud-sdk-go/tcecloud/common/errors"
	tcecvm "example.com/private/tcecloud-sdk-go/tcecloud/cvm/v20170312"
)

// The renamed error type is the fork's SDK error: the product-independent
// checks run, and cvm's codes come from the public catalog (same product,
// same API version), which the message says.
func privateFork(client *tcecvm.Client) bool {
	_, err := client.DescribeInstances(tcecvm.NewDescribeInstancesRequest())
	e, ok := err.(*tceerrors.TceCloudSDKError)
	if !ok {
		return false
	}
	switch e.GetCode() {
	case "InvalidInstanceId.NotFonud": // want `unknown error code "InvalidInstanceId.NotFonud" for cvm DescribeInstances; did you mean "InvalidInstanceId.NotFound"\?; judged by the public catalog's codes of cvm v20170312 \(the SDK copy in use declares none\)`
		return true
	case "InvalidRequest.LimitExceeded": // want `legacy-code: "InvalidRequest.LimitExceeded" is an API 2.0 error code`
		return true
	case "ResourceNotFound.CdnHostNotExists": // cdn's, but a fork may return it: silent
		return true
	}
	return e.Code == "RequestLimitExceeded" // want `family-exact: .*RequestLimitExceeded`
}

// Retry logic on the renamed type is checked like any other.
func retryPrivate(client *tcecvm.Client) {
	for attempt := 0; attempt < 3; attempt++ { // want `retry-incomplete: retry logic for cvm StartInstances retries InternalError but never retries RequestLimitExceeded`
		_, err := client.StartInstances(tcecvm.NewStartInstancesRequest())
		if e, ok := err.(*tceerrors.TceCloudSDKError); ok && strings.HasPrefix(e.Code, "InternalError") {
			continue
		}
		return
	}
}
