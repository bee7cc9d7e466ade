package copies

import (
	"context"
	"errors"

	dnspod "example.com/acmedns/tencentclouddnspod/v20210323"
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
)

// The fork's package functions are its actions; it declares codes, so
// they are checked like the SDK's own: the folder tencentclouddnspod is
// the catalogued dnspod at the same API version.
func funcFork(ctx context.Context, c *dnspod.Client) error {
	_, err := dnspod.DescribeRecordListWithContext(ctx, c, dnspod.NewDescribeRecordListRequest())
	var sdkErr *sdkerrors.TencentCloudSDKError
	if errors.As(err, &sdkErr) {
		switch sdkErr.Code {
		case dnspod.RESOURCENOTFOUND_NODATAOFRECORD:
			return nil
		case "InvalidParameter.DomainIdInvalidd": // want `unknown error code "InvalidParameter.DomainIdInvalidd" for dnspod DescribeRecordList; did you mean "InvalidParameter.DomainIdInvalid"\?`
			return nil
		case "InvalidInstanceId.NotFound": // want `wrong-product: "InvalidInstanceId.NotFound" is declared by .*cvm.*, but dnspod DescribeRecordList never returns it`
			return nil
		}
	}
	return err
}

// Without the context twin too.
func funcForkPlain(c *dnspod.Client) bool {
	_, err := dnspod.DescribeRecordList(c, dnspod.NewDescribeRecordListRequest())
	var sdkErr *sdkerrors.TencentCloudSDKError
	return errors.As(err, &sdkErr) && sdkErr.Code == "ResourceNotFound.NoDataOfRecrod" // want `unknown error code "ResourceNotFound.NoDataOfRecrod" for dnspod DescribeRecordList`
}
