package familyexact

import (
	"errors"

	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
)

// The fix adds strings next to the standard-library imports.
func throttledAs(err error) bool {
	var e *sdkerrors.TencentCloudSDKError
	return errors.As(err, &e) && e.Code == "RequestLimitExceeded" // want `exact comparison with "RequestLimitExceeded" misses its sub-codes`
}

// A local variable named strings would shadow the package: no fix.
func shadowed(err error) bool {
	strings := []string{"a"}
	var e *sdkerrors.TencentCloudSDKError
	return errors.As(err, &e) && e.Code == "RequestLimitExceeded" && len(strings) > 0 // want `exact comparison with "RequestLimitExceeded" misses its sub-codes`
}
