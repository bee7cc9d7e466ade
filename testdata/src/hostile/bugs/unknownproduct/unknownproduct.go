package unknownproduct

import (
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"

	oldprod "hostile/oldsdk/tencentcloud/oldprod/v20180101"
)

// Nothing is known of oldprod's codes: its own codes cannot be judged, and
// must not all be reported as unknown.
func oldProduct(client *oldprod.Client) bool {
	_, err := client.DescribeThings(oldprod.NewDescribeThingsRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && (e.Code == "ResourceNotFound.ThingNotFound" ||
		e.Code == "InvalidParameter.ThingIdMalformed")
}
