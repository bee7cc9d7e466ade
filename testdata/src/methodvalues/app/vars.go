package app

import (
	"context"
	"errors"

	"methodvalues/retry"

	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// A method value kept in a variable and called later carries its action.
func viaVariable(client *cvm.Client) bool {
	describe := client.DescribeInstances
	_, err := describe(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "ResourceNotFound.CdnHostNotExists" // want `wrong-product: .*cvm DescribeInstances never returns it`
}

// The variable handed to a generic helper.
func viaVariableAndHelper(ctx context.Context, client *cvm.Client) bool {
	start := client.StartInstances
	_, err := retry.Do(ctx, start, cvm.NewStartInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "ResourceNotFound.CdnHostNotExists" // want `wrong-product: .*cvm StartInstances never returns it`
}

// A helper that forwards its func parameter to another helper.
func viaForwardingHelper(client *cvm.Client) bool {
	err := retry.Forward(func() error {
		_, err := client.StartInstances(cvm.NewStartInstancesRequest())
		return err
	})
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "ResourceNotFound.CdnHostNotExists" // want `wrong-product: .*cvm StartInstances never returns it`
}

// Either of two actions: a code of one of them is valid.
func eitherAction(client *cvm.Client, start bool) bool {
	call := func() error {
		_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
		return err
	}
	if start {
		call = func() error {
			_, err := client.StartInstances(cvm.NewStartInstancesRequest())
			return err
		}
	}
	err := call()
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == cvm.INVALIDINSTANCEID_NOTFOUND
}

// A variable that may also hold a function of unknown origin keeps the
// error's origin unknown: a real code of another product is not reported.
func partlyUnknown(client *cvm.Client, other func() error) bool {
	call := func() error {
		_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
		return err
	}
	if other != nil {
		call = other
	}
	err := call()
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "ResourceNotFound.CdnHostNotExists"
}

// A variable whose address escapes may be set anywhere: not followed.
func escapes(client *cvm.Client, set func(*func() error)) bool {
	call := func() error {
		_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
		return err
	}
	set(&call)
	err := call()
	var e *sdkerrors.TencentCloudSDKError
	return errors.As(err, &e) && e.Code == "ResourceNotFound.CdnHostNotExists"
}
