package common // want package:"sdkUser"

// At .../tencentcloud/common, as the provider keeps them: a program's own
// package there is no SDK package, and is analyzed.
//
// The helpers a large provider builds its error
// handling on: a reflect-based membership test, a code helper on it that
// matches a code exactly or by its first segment for both SDK flavors,
// and a retry classifier on that with its own list and the caller's.

import (
	"reflect"
	"strings"

	"github.com/pkg/errors"
	sdkErrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	intlErrors "github.com/tencentcloud/tencentcloud-sdk-go-intl-en/tencentcloud/common/errors"
	"retryfw"
)

// retryable are the codes every call is retried on.
var retryable = []string{"ClientError.NetworkError", "RequestLimitExceeded", "ResourceInUse"}

// InList reports whether value is an element of list, a slice or the
// keys of a map.
func InList(list interface{}, value interface{}) bool { // want InList:"codeHelper\\(code 1, codes 0, exact\\)"
	v := reflect.ValueOf(list)
	switch v.Kind() {
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			if reflect.DeepEqual(value, v.Index(i).Interface()) {
				return true
			}
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			if reflect.DeepEqual(value, k.Interface()) {
				return true
			}
		}
	}
	return false
}

// HasCode reports whether err's code, or its first segment, is listed.
func HasCode(err error, listed []string) bool { // want HasCode:"codeHelper\\(err 0, codes 1, family\\)"
	code := ""
	if e, ok := err.(*sdkErrors.TencentCloudSDKError); ok {
		code = e.Code
	} else if e, ok := err.(*intlErrors.TencentCloudSDKError); ok {
		code = e.Code
	} else {
		return false
	}
	if InList(listed, code) {
		return true
	}
	family := strings.Split(code, ".")[0]
	return InList(listed, family)
}

// Classify retries the codes of retryable and the caller's extra ones.
func Classify(err error, extra ...string) *retryfw.RetryError { // want Classify:"codeHelper\\(err 0, codes 1, family, builtin ClientError.NetworkError RequestLimitExceeded ResourceInUse\\)"
	switch cause := errors.Cause(err).(type) {
	case *sdkErrors.TencentCloudSDKError, *intlErrors.TencentCloudSDKError:
		if HasCode(cause, retryable) || HasCode(cause, extra) {
			return retryfw.RetryableError(err)
		}
	}
	return retryfw.NonRetryableError(err)
}
