// Package app passes SDK client methods as values to helpers, in this
// package and in another one.
package app

import (
	"context"

	"methodvalues/retry"

	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// call is this package's own generic helper.
func call[Req, Res any](f func(Req) (Res, error), req Req) (Res, error) {
	return f(req)
}

// A method value through another package's generic helper carries its
// action.
func viaGeneric(ctx context.Context, client *cvm.Client) bool {
	_, err := retry.Do(ctx, client.DescribeInstances, cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "ResourceNotFound.CdnHostNotExists" // want `wrong-product: "ResourceNotFound.CdnHostNotExists" is declared by cdn, but cvm DescribeInstances never returns it`
}

// The WithContext method value, with the type arguments written out.
func viaGenericContext(ctx context.Context, client *cvm.Client) bool {
	_, err := retry.DoContext[*cvm.StartInstancesRequest, *cvm.StartInstancesResponse](ctx, client.StartInstancesWithContext, cvm.NewStartInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidInstanceId.NotFonud" // want `unknown error code "InvalidInstanceId.NotFonud" for cvm StartInstances; did you mean "InvalidInstanceId.NotFound"\?`
}

// This package's generic helper.
func viaLocalGeneric(client *cvm.Client) bool {
	_, err := call(client.DescribeInstances, cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "ResourceNotFound.CdnHostNotExists" // want `wrong-product: .*cvm DescribeInstances never returns`
}

// A closure calling the method through a non-generic helper: as before.
func viaClosure(client *cvm.Client) bool {
	err := retry.Call(func() error {
		_, err := client.StartInstances(cvm.NewStartInstancesRequest())
		return err
	})
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "ResourceNotFound.CdnHostNotExists" // want `wrong-product: .*cvm StartInstances never returns it`
}

// Valid codes through the same helpers stay silent.
func validThroughHelpers(ctx context.Context, client *cvm.Client) bool {
	_, err := retry.Do(ctx, client.DescribeInstances, cvm.NewDescribeInstancesRequest())
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok && e.Code == "InvalidInstanceId.Malformed" {
		return true
	}
	_, err = call(client.StartInstances, cvm.NewStartInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == cvm.INVALIDINSTANCEID_NOTFOUND
}

// A func value of unknown origin keeps the error's origin unknown: only
// product-independent checks apply, and a real code of another product
// is not reported.
func unknownFunc(ctx context.Context, f func(*cvm.DescribeInstancesRequest) (*cvm.DescribeInstancesResponse, error)) bool {
	_, err := retry.Do(ctx, f, cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "ResourceNotFound.CdnHostNotExists"
}
