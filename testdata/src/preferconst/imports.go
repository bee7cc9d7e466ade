package preferconst

import (
	"strings"

	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
)

// The file does not import cvm: the fix imports it, named after the
// product (its package clause says v20170312).
func describeGone() bool {
	err := describe(nil)
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && strings.HasPrefix(e.Code, "InvalidInstanceId.NotFound") // want `^prefer-constant: "InvalidInstanceId.NotFound" is the constant cvm.INVALIDINSTANCEID_NOTFOUND`
}
