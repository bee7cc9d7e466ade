package typeerrors // want package:"sdkUser"

// typeerrors does not type-check. Drivers that run analyzers on such
// packages see partial type information: missing types, invalid types,
// unresolved calls. The analyzer must not panic, and what is well typed is
// still checked; what is not is silent.

import (
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

func wellTyped(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidInstanceId.NotFonud" // want `unknown error code "InvalidInstanceId.NotFonud" for cvm DescribeInstances`
}

func undefinedThings(client *cvm.Client) bool {
	_, err := client.DescribeNothing(cvm.NewDescribeNothingRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if ok && e.Code == undefinedConst {
		return true
	}
	x := undefinedFunc(err)
	return x.Code == "InvalidInstanceId.NotFonud" || e.Code == "InvalidInstanceId.Malformd"
}

func wrongArity(client *cvm.Client) bool {
	err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e := err.(*sdkerrors.TencentCloudSDKError)
	return e.Code == "InvalidInstanceId.NotFonud" || e.GetCode(1) == "X.Y"
}

func wrongTypes(client *cvm.Client) int {
	_, err := client.DescribeInstances("not a request")
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok {
		switch e.Code {
		case 42, "InvalidInstanceId.NotFonud": // want `unknown error code "InvalidInstanceId.NotFonud" for cvm DescribeInstances`
			return 1
		}
		var codes []string = map[string]bool{"InvalidInstanceId.NotFound": true}
		for _, c := range codes {
			if e.Code == c {
				return 2
			}
		}
	}
	return "three"
}

// An undeclared error type and a missing package.
func missing(err error) bool {
	if e, ok := err.(*missingpkg.TencentCloudSDKError); ok {
		return e.Code == "InvalidInstanceId.NotFonud"
	}
	var e2 *UndeclaredError
	return errors.As(err, &e2) && e2.Code == "InvalidInstanceId.NotFonud"
}

// Helpers and wrappers with broken signatures.
func BrokenHelper(err error, codes ...undefinedType) bool {
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == codes[0]
}

func BrokenWrapper(client *cvm.Client) (undefinedType, error) { // want BrokenWrapper:`errorFrom\(cvm.DescribeInstances\)`
	return client.DescribeInstances(cvm.NewDescribeInstancesRequest())
}

func callsBroken(client *cvm.Client) bool {
	_, err := BrokenWrapper(client)
	return BrokenHelper(err, "InvalidInstanceId.NotFonud")
}
