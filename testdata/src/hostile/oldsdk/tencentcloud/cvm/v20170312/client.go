// Package v20170312 stands for a cvm version older than the first with an
// errors.go: the package declares no code constants, and the action docs
// list none. Made up, trimmed.
package v20170312

import (
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
)

const APIVersion = "2017-03-12"

// Client calls cvm.
type Client struct{}

// DescribeInstancesRequest is the request.
type DescribeInstancesRequest struct{}

// DescribeInstancesResponse is the response.
type DescribeInstancesResponse struct{}

// NewDescribeInstancesRequest returns a request.
func NewDescribeInstancesRequest() *DescribeInstancesRequest { return &DescribeInstancesRequest{} }

// DescribeInstances lists instances.
func (c *Client) DescribeInstances(request *DescribeInstancesRequest) (*DescribeInstancesResponse, error) {
	return nil, sdkerrors.NewTencentCloudSDKError("ClientError.NetworkError", "stub", "")
}
