// Package clean holds correct code that resembles the defects: nothing here
// may be reported.
package clean

import (
	"errors"
	"fmt"
	"strings"

	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
	tke "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/tke/v20180525"
)

func valid(client *cvm.Client) string {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return ""
	}
	switch e.Code {
	case "InvalidInstanceId.NotFound", cvm.INVALIDINSTANCEID_MALFORMED:
		return "product code and SDK constant"
	case "RequestLimitExceeded.UinLimitExceeded", "ServiceUnavailable", "AuthFailure.SignatureExpire":
		return "public codes: any product may return them"
	case "ClientError.NetworkError", "ClientError.HttpStatusCodeError":
		return "the SDK's own client-side codes"
	case "InvalidParameterValue.InvalidRegion":
		return "a real cvm code the stub omits: the catalog knows it"
	}
	if strings.HasPrefix(e.Code, "ResourceNotFound") || strings.HasPrefix(e.Code, "UnsupportedOperation.") {
		return "family prefixes"
	}
	if strings.Contains(e.Code, "NotFound") || strings.EqualFold(e.Code, "invalidinstanceid.notfound") {
		return "substring and case-insensitive matches of real codes"
	}
	return ""
}

// Products that really declare near-duplicate codes: both spellings are
// valid, full stop.
func nearDuplicates(client *tke.Client) bool {
	_, err := client.DescribeClusters(tke.NewDescribeClustersRequest())
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok {
		return e.Code == "InternalError.CidrInvali" || e.Code == "InvalidParameter.CidrInvalid" ||
			e.Code == "InternalError.UnexceptedInternal" || e.Code == "InternalError.UnexpectedInternal"
	}
	return false
}

// Another product's case variant, with an unknown origin: some product
// returns each spelling.
func otherProductsCase(err error) bool {
	var e *sdkerrors.TencentCloudSDKError
	return errors.As(err, &e) && (e.Code == "InternalError.Timeout" || e.Code == "InvalidSecurityGroupID.NotFound")
}

// Unknown origin: codes of any product are fine.
func unknownOrigin(err error) bool {
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok {
		return e.Code == "ResourceNotFound.CdnHostNotExists"
	}
	return false
}

// An error that may come from somewhere else as well as from cvm: the
// origin is unknown, so no wrong-product.
func mixedOrigin(client *cvm.Client, other func() error) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	if err == nil {
		err = other()
	}
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok {
		return e.Code == "ResourceNotFound.CdnHostNotExists"
	}
	return false
}

// Strings that are not codes, and comparisons that do not involve a code.
type status struct{ Code string }

func notCodes(client *cvm.Client, s status) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return s.Code == "InvalidInstanceId.NotFonud" // not an SDK error's Code
	}
	dynamic := "ResourceNotFound." + fmt.Sprint(len(e.Message))
	return e.Code == "" || e.Code == "not a code" || e.Code == dynamic ||
		e.Message == "InvalidInstanceId.NotFonud" ||
		strings.Contains(err.Error(), "InternalEror") // a bare word may be message text
}

// Errors created locally cannot carry SDK codes and do not blur the origin.
func localErrors(client *cvm.Client, fail bool) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	if fail {
		err = fmt.Errorf("failed after %d tries", 3)
	}
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok {
		return e.Code == "InvalidInstanceId.NotFound"
	}
	return false
}

// A legacy-looking code that a 3.0 product really declares is valid for it.
func legacyButValid(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok {
		return e.Code == "InvalidParameter" || e.Code == "InvalidParameterValue"
	}
	return false
}
