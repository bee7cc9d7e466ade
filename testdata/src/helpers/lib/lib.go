package lib // want package:"sdkUser"

import (
	"slices"
	"strings"

	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// Svc wraps a cvm client.
type Svc struct{ Client *cvm.Client }

func (s *Svc) Describe() error { // want Describe:`errorFrom\(cvm.DescribeInstances\)`
	_, err := s.Client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	return err
}

// IsExpectedErr matches exactly.
func IsExpectedErr(err error, expected []string) bool { // want IsExpectedErr:`codeHelper\(err 0, codes 1, exact\)`
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok {
		for _, c := range expected {
			if e.Code == c {
				return true
			}
		}
	}
	return false
}

var retryableCodes = []string{"RequestLimitExceeded", "ResourceInUse"}

// RetryError merges its own list with the caller's and matches a listed
// root against the code's first segment too.
func RetryError(err error, extra ...string) bool { // want RetryError:`codeHelper\(err 0, codes 1, family, builtin RequestLimitExceeded ResourceInUse\)`
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return false
	}
	for _, c := range append(retryableCodes, extra...) {
		if e.Code == c || strings.Split(e.Code, ".")[0] == c {
			return true
		}
	}
	return false
}

// IsErrCode searches the error text.
func IsErrCode(err error, code string) bool { // want IsErrCode:`codeHelper\(err 0, codes 1, message\)`
	return err != nil && strings.Contains(err.Error(), code)
}

// HasCode takes the code itself.
func HasCode(code string, codes ...string) bool { // want HasCode:`codeHelper\(code 0, codes 1, exact\)`
	return slices.Contains(codes, code)
}

// InFamily matches the code's first segment, cut with strings.Cut.
func InFamily(err error, families []string) bool { // want InFamily:`codeHelper\(err 0, codes 1, family\)`
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return false
	}
	family, _, _ := strings.Cut(e.Code, ".")
	return slices.Contains(families, family)
}

// HeadIs matches the code's first segment, sliced up to the first dot.
func HeadIs(err error, families ...string) bool { // want HeadIs:`codeHelper\(err 0, codes 1, family\)`
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok || !strings.Contains(e.Code, ".") {
		return false
	}
	return slices.Contains(families, e.Code[:strings.Index(e.Code, ".")])
}
