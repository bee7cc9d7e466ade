// Package v20170312 is cvm in the private-cloud fork: the SDK's layout
// under another module and top folder, a Client embedding the fork's
// common.Client, no errors.go and no code lists in the action docs, as
// such forks ship. Made up.
package v20170312

import "example.com/private/tcecloud-sdk-go/tcecloud/common"

const APIVersion = "2017-03-12"

// Client calls cvm.
type Client struct {
	common.Client
}

// NewClient returns a client for region.
func NewClient(region string) *Client {
	c := &Client{}
	c.Init(region)
	return c
}

// DescribeInstancesRequest is the request.
type DescribeInstancesRequest struct{}

// DescribeInstancesResponse is the response.
type DescribeInstancesResponse struct{}

// NewDescribeInstancesRequest returns a request.
func NewDescribeInstancesRequest() *DescribeInstancesRequest { return &DescribeInstancesRequest{} }

// DescribeInstances lists instances.
func (c *Client) DescribeInstances(request *DescribeInstancesRequest) (*DescribeInstancesResponse, error) {
	return nil, c.Send("DescribeInstances")
}

// StartInstancesRequest is the request.
type StartInstancesRequest struct{}

// StartInstancesResponse is the response.
type StartInstancesResponse struct{}

// NewStartInstancesRequest returns a request.
func NewStartInstancesRequest() *StartInstancesRequest { return &StartInstancesRequest{} }

// StartInstances starts instances.
func (c *Client) StartInstances(request *StartInstancesRequest) (*StartInstancesResponse, error) {
	return nil, c.Send("StartInstances")
}
