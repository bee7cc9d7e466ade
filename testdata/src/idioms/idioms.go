// Package idioms checks that each way callers reach and compare the code
// is understood (the idioms found in real callers): every comparison here
// holds one misspelling.
package idioms

import (
	"context"
	"errors"
	"slices"
	"strings"

	pkgerrors "github.com/pkg/errors"
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// A constant is reported where it is compared; its fix rewrites the
// declaration.
const notFound = "InvalidInstanceId.NotFonud"

func assertWithoutOk(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	return err.(*sdkerrors.TencentCloudSDKError).Code == "InvalidInstanceId.Malformd" // want `did you mean "InvalidInstanceId.Malformed"`
}

func errorsAs(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	var e *sdkerrors.TencentCloudSDKError
	return errors.As(err, &e) && e.GetCode() == "InvalidInstanceId.Malformd" // want `did you mean "InvalidInstanceId.Malformed"`
}

func typeSwitch(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	switch e := err.(type) {
	case *sdkerrors.TencentCloudSDKError:
		return e.Code == "InvalidInstanceId.Malformd" // want `did you mean "InvalidInstanceId.Malformed"`
	}
	return false
}

func localCopy(ctx context.Context, client *cvm.Client) string {
	_, err := client.DescribeInstancesWithContext(ctx, cvm.NewDescribeInstancesRequest())
	code := ""
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok {
		code = e.GetCode()
	}
	switch code {
	case "InvalidInstanceId.Malformd": // want `unknown error code "InvalidInstanceId.Malformd" for cvm DescribeInstances; did you mean "InvalidInstanceId.Malformed"`
		return "bad id"
	case "InvalidInstanceId.NotFound":
		return "gone"
	}
	return ""
}

func packageConstant(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok {
		return e.Code == notFound // want `unknown error code "InvalidInstanceId.NotFonud" for cvm DescribeInstances`
	}
	return false
}

func localConstantAndVar(client *cvm.Client) (bool, bool) {
	const malformed = "InvalidInstanceId.Malformd"
	want := "InvalidZone.MismatchRegon"
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, _ := err.(*sdkerrors.TencentCloudSDKError)
	return e.Code == malformed, // want `did you mean "InvalidInstanceId.Malformed"`
		e.Code == want // want `did you mean "InvalidZone.MismatchRegion"`
}

func prefixAndContains(client *cvm.Client) (bool, bool) {
	_, err := client.RunInstances(cvm.NewRunInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return false, false
	}
	return strings.HasPrefix(e.Code, "ResourceNotFound.KeyPairNotFonud"), // want `did you mean "ResourceNotFound.KeyPairNotFound"`
		strings.Contains(e.Code, "LimitExceeded.InstanceQuote") // want `did you mean "LimitExceeded.InstanceQuota"`
}

func equalFold(client *cvm.Client) bool {
	_, err := client.RunInstances(cvm.NewRunInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && strings.EqualFold("LimitExceeded.InstanceQuote", e.Code) // want `did you mean "LimitExceeded.InstanceQuota"`
}

func codeLists(client *cvm.Client) (bool, bool, bool) {
	_, err := client.TerminateInstances(cvm.NewTerminateInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return false, false, false
	}
	gone := []string{"InvalidInstanceId.NotFound", "InvalidInstanceId.NotFonud"} // want `did you mean "InvalidInstanceId.NotFound"`
	busy := map[string]bool{"OperationDenied.InstanceOperationInProgres": true}  // want `did you mean "OperationDenied.InstanceOperationInProgress"`
	inList := false
	for _, c := range []string{"UnsupportedOperation.InstanceStateTerminatin"} { // want `did you mean "UnsupportedOperation.InstanceStateTerminating"`
		if e.Code == c {
			inList = true
		}
	}
	return slices.Contains(gone, e.Code), busy[e.Code], inList
}

var retryable = map[string]struct{}{
	"InternalServerError":            {},
	"InternalError.TradeUnknownEror": {}, // want `did you mean "InternalError.TradeUnknownError"`
}

func packageMap(client *cvm.Client) bool {
	_, err := client.StartInstances(cvm.NewStartInstancesRequest())
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok {
		_, retry := retryable[e.Code]
		return retry
	}
	return false
}

func closure(client *cvm.Client) bool {
	var err error
	run := func() {
		_, err = client.StartInstances(cvm.NewStartInstancesRequest())
	}
	run()
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok {
		return e.Code == "UnsupportedOperation.InstanceStateRuning" // want `for cvm StartInstances; did you mean "UnsupportedOperation.InstanceStateRunning"`
	}
	return false
}

func errorText(client *cvm.Client) (bool, bool) {
	_, err := client.StartInstances(cvm.NewStartInstancesRequest())
	return strings.Contains(err.Error(), "Code=UnsupportedOperation.InstanceStateRuning,"), // want `did you mean "UnsupportedOperation.InstanceStateRunning"`
		strings.Contains(err.Error(), "UnsupportedOperation.InstanceStateRuning") // want `did you mean "UnsupportedOperation.InstanceStateRunning"`
}

func getCodeInterface(client *cvm.Client) bool {
	_, err := client.StartInstances(cvm.NewStartInstancesRequest())
	if c, ok := err.(interface{ GetCode() string }); ok {
		return c.GetCode() == "UnsupportedOperation.InstanceStateRuning" // want `for cvm StartInstances; did you mean`
	}
	return false
}

var isGone = func(err error) bool {
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidInstanceId.NotFonud" // want `unknown error code "InvalidInstanceId.NotFonud"; did you mean "InvalidInstanceId.NotFound"`
}

func pkgErrorsAs(client *cvm.Client) bool {
	_, err := client.StartInstances(cvm.NewStartInstancesRequest())
	var e *sdkerrors.TencentCloudSDKError
	return pkgerrors.As(err, &e) && e.Code == "ResourceNotFound.CdnHostNotExists" // want `"ResourceNotFound.CdnHostNotExists" is declared by cdn, but cvm StartInstances never returns it`
}
