// Package shadow declares its own things under the SDK's names: a local
// error type called TencentCloudSDKError, a Client with the SDK's method
// names, variables called errors, strings and err. Only the SDK's own
// types and the standard library's functions count.
package shadow

import (
	"fmt"

	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// TencentCloudSDKError is this package's own error type, not the SDK's.
type TencentCloudSDKError struct {
	Code string
}

func (e *TencentCloudSDKError) Error() string { return e.Code }

// GetCode has the SDK's name and shape.
func (e *TencentCloudSDKError) GetCode() string { return e.Code }

func localType(err error) bool {
	if e, ok := err.(*TencentCloudSDKError); ok {
		return e.Code == "InvalidInstanceId.NotFonud" || e.GetCode() == "InvalidRequest.LimitExceeded"
	}
	return false
}

// Client has the SDK's method names, outside an SDK package.
type Client struct{}

// DescribeInstances is not an SDK action.
func (*Client) DescribeInstances(*cvm.DescribeInstancesRequest) (*cvm.DescribeInstancesResponse, error) {
	return nil, &TencentCloudSDKError{Code: "ResourceNotFound.CdnHostNotExists"}
}

func localClient(c *Client) bool {
	_, err := c.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*TencentCloudSDKError)
	return ok && e.Code == "ResourceNotFound.CdnHostNotExists"
}

// fakeStrings has the strings package's function names.
type fakeStrings struct{}

func (fakeStrings) HasPrefix(s, prefix string) bool { return len(s) >= len(prefix) }
func (fakeStrings) Contains(s, sub string) bool     { return len(s) >= len(sub) }

func localStrings(err error) bool {
	strings := fakeStrings{}
	return err != nil && (strings.Contains(err.Error(), "Code=InvalidInstanceId.NotFonud") ||
		strings.HasPrefix(fmt.Sprint(err), "InvalidRequest.LimitExceeded"))
}
