package main

import (
	"context"
	"errors"
	"slices"
	"strings"
	"time"

	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	vpc "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/vpc/v20170312"
)

// isExpectedErr reports whether err carries one of the expected codes: the
// helper the rest of the program hands code lists to.
func isExpectedErr(err error, expected []string) bool {
	var e *sdkerrors.TencentCloudSDKError
	if !errors.As(err, &e) {
		return false
	}
	return slices.Contains(expected, e.Code)
}

// releaseAddress releases an elastic IP; one that is already gone is fine.
// The second code was copied from the image cleanup: vpc never returns it.
func releaseAddress(ctx context.Context, client *vpc.Client, id string) error {
	req := vpc.NewReleaseAddressesRequest()
	req.AddressIds = common.StringPtrs([]string{id})
	_, err := client.ReleaseAddressesWithContext(ctx, req)
	if isExpectedErr(err, []string{"InvalidAddressId.NotFound", "InvalidImageId.NotFound"}) { // want: wrong-product
		return nil
	}
	return err
}

// disassociateAddress unbinds an elastic IP from its instance before it is
// released. An address that turned out not to be an EIP was skipped with a
// code vpc declared until SDK v1.0.666 and no longer returns: the branch is
// dead with the SDK this program builds with.
func disassociateAddress(ctx context.Context, client *vpc.Client, id string) error {
	req := vpc.NewDisassociateAddressRequest()
	req.AddressId = common.StringPtr(id)
	_, err := client.DisassociateAddressWithContext(ctx, req)
	var e *sdkerrors.TencentCloudSDKError
	if errors.As(err, &e) && e.Code == "InvalidParameterValue.AddressNotEIP" { // want: removed-code
		return nil
	}
	return err
}

// describeAddresses retries throttling and server errors. The throttling
// branch compares the bare root, so the per-account and per-IP sub-codes
// are never retried; and service or network outages are not retried at all.
func describeAddresses(ctx context.Context, client *vpc.Client) (*vpc.DescribeAddressesResponse, error) {
	for attempt := 0; ; attempt++ { // want: retry-incomplete
		resp, err := client.DescribeAddressesWithContext(ctx, vpc.NewDescribeAddressesRequest())
		if err == nil || attempt == 4 {
			return resp, err
		}
		var e *sdkerrors.TencentCloudSDKError
		if !errors.As(err, &e) {
			return nil, err
		}
		if e.Code == "RequestLimitExceeded" || strings.HasPrefix(e.Code, "InternalError") { // want: family-exact
			time.Sleep(time.Second << attempt)
			continue
		}
		return nil, err
	}
}
