// Package unknowncode has misspelled codes: flagged, with a fix where one
// code is clearly meant.
package unknowncode

import (
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

func misspelled(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		return e.Code == "InvalidInstanceId.NotFonud" // want `^unknown-code: unknown error code "InvalidInstanceId.NotFonud" for cvm DescribeInstances; did you mean "InvalidInstanceId.NotFound"\?`
	}
	return false
}

// A code no product declares, with nothing near: unknown to the SDK is
// not never returned (services send codes no release declares), so it is
// not reported.
func madeUp(client *cvm.Client) bool {
	_, err := client.TerminateInstances(cvm.NewTerminateInstancesRequest())
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		return e.GetCode() == "Instance.IsGone"
	}
	return false
}

// The same suffix under another family is another code, not a spelling of
// one: DesOperation.MutexTaskRunning is what the service really sends
// beside OperationDenied.MutexTaskRunning.
func otherFamily(client *cvm.Client) bool {
	_, err := client.StartInstances(cvm.NewStartInstancesRequest())
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		return e.Code == "DesOperation.TaskRunning"
	}
	return false
}

// A real typo of a code that looks undocumented is still one: a letter
// dropped from a code the product declares.
func typoOfRealCode(client *cvm.Client) bool {
	_, err := client.StartInstances(cvm.NewStartInstancesRequest())
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		return e.Code == "MutexOperation.TaskRuning" // want `unknown error code "MutexOperation.TaskRuning" for cvm StartInstances; did you mean "MutexOperation.TaskRunning"\?`
	}
	return false
}

// With an unknown origin a near miss of a real code is reported with the
// code meant; a code no release of either SDK ever declared, with nothing
// near, is not.
func unknownOrigin(err error) bool {
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		switch e.Code {
		case "ResourceNotFound.CdnHostNotExsts": // want `unknown error code "ResourceNotFound.CdnHostNotExsts"; did you mean "ResourceNotFound.CdnHostNotExists"\?`
			return true
		case "Private.ProductOnlyCode": // no family any product has: another service's code, maybe
			return true
		case "ResourceNotFound.NoSuchThingAnywhere":
			return true
		}
	}
	return false
}

// A misspelling of another product's code is named, without a fix.
func elsewhere(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*errors.TencentCloudSDKError)
	return ok && e.Code == "ResourceNotFound.CdnHostNotExsts" // want `unknown error code "ResourceNotFound.CdnHostNotExsts": no product declares it, and cvm DescribeInstances cannot return it \(it looks like "ResourceNotFound.CdnHostNotExists", which cdn declares\)`
}

// Fixing these would make two cases equal, which does not compile: they
// are reported without a fix; a misspelling of a code another case has is
// dead, and said to be.
func duplicateCases(client *cvm.Client) string {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*errors.TencentCloudSDKError)
	if !ok {
		return ""
	}
	switch e.Code {
	case "InvalidInstanceId.Malformed":
		return "right"
	case "InvalidInstanceId.Malformd": // want `"InvalidInstanceId.Malformed" is compared next to it, so this comparison never matches anything more and can go`
		return "already handled above"
	case "InvalidZone.MismatchRegon": // want `did you mean "InvalidZone.MismatchRegion"\?; no fix: another value here would become "InvalidZone.MismatchRegion" too, and two equal cases do not compile$`
		return "one misspelling"
	case "InvalidZone.MismatchRegio": // want `did you mean "InvalidZone.MismatchRegion"\?`
		return "another misspelling of the same code"
	}
	return ""
}

// The same letters with the dot elsewhere is another code, not a typo:
// real answers quote InvalidAddressId.StatusNotPermit beside the declared
// InvalidAddressIdStatus.NotPermit. A dropped dot is still a typo.
func dotMoved(err error) (bool, bool) {
	e, ok := err.(*errors.TencentCloudSDKError)
	return ok && e.Code == "ResourceNotFoundCdn.HostNotExists", ok && e.Code == "ResourceNotFoundCdnHostNotExists" // want `did you mean "ResourceNotFound.CdnHostNotExists"`
}
