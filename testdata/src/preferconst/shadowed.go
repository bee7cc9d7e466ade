package preferconst

import (
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
)

type instances struct{ client interface{} }

// The name cvm is a variable here: reported, with no fix.
func shadowed(cvm instances) bool {
	_ = cvm
	err := describe(nil)
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidInstanceId.NotFound" // want `^prefer-constant: "InvalidInstanceId.NotFound" is the constant cvm.INVALIDINSTANCEID_NOTFOUND of \S+; compare with it, and a misspelling fails to compile \(no fix: the name cvm means something else here\)$`
}
