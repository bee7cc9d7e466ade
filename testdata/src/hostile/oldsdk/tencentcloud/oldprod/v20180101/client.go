// Package v20180101 stands for a version of a product the catalog does not know (oldprod) older than the first with an
// errors.go: the package declares no code constants, and the action docs
// list none. Made up, trimmed.
package v20180101

import (
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
)

const APIVersion = "2018-01-01"

// Client calls oldprod.
type Client struct{}

// DescribeThingsRequest is the request.
type DescribeThingsRequest struct{}

// DescribeThingsResponse is the response.
type DescribeThingsResponse struct{}

// NewDescribeThingsRequest returns a request.
func NewDescribeThingsRequest() *DescribeThingsRequest { return &DescribeThingsRequest{} }

// DescribeThings lists things.
func (c *Client) DescribeThings(request *DescribeThingsRequest) (*DescribeThingsResponse, error) {
	return nil, sdkerrors.NewTencentCloudSDKError("ClientError.NetworkError", "stub", "")
}
