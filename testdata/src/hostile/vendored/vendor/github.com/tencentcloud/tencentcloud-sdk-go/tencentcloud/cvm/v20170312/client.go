// Package v20170312 is a trimmed, made-up vendored copy of cvm.
package v20170312

import (
	"context"

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
//
// 可能返回的错误码:
//
//	INVALIDINSTANCEID_NOTFOUND = "InvalidInstanceId.NotFound"
//	INVALIDINSTANCEID_VENDOREDONLY = "InvalidInstanceId.VendoredOnly"
func (c *Client) DescribeInstances(request *DescribeInstancesRequest) (*DescribeInstancesResponse, error) {
	return nil, &sdkerrors.TencentCloudSDKError{Code: "ClientError.NetworkError"}
}

// DescribeInstancesWithContext lists instances.
func (c *Client) DescribeInstancesWithContext(ctx context.Context, request *DescribeInstancesRequest) (*DescribeInstancesResponse, error) {
	return c.DescribeInstances(request)
}
