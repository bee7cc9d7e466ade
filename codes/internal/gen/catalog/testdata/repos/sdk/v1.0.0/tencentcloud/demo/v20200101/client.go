package v20200101

import "context"

const APIVersion = "2020-01-01"

type Client struct{}

func NewClient() (*Client, error) { return &Client{}, nil }

// DescribeThings
// 本接口用于查询。
//
// 可能返回的错误码:
//  FAILEDOPERATION = "FailedOperation"
//  INVALIDINSTANCEID_NOTFOUND = "InvalidInstanceId.NotFound"
func (c *Client) DescribeThings(request *DescribeThingsRequest) (response *DescribeThingsResponse, err error) {
	return c.DescribeThingsWithContext(context.Background(), request)
}

// DescribeThings
// 本接口用于查询。
//
// 可能返回的错误码:
//  FAILEDOPERATION = "FailedOperation"
//  INVALIDINSTANCEID_NOTFOUND = "InvalidInstanceId.NotFound"
//  INTERNALERROR_TIMEOUT = "InternalError.Timeout"
func (c *Client) DescribeThingsWithContext(ctx context.Context, request *DescribeThingsRequest) (response *DescribeThingsResponse, err error) {
	return nil, nil
}

// PingThings has a doc comment without an error-code section.
func (c *Client) PingThings(request *PingThingsRequest) (response *PingThingsResponse, err error) {
	return nil, nil
}

// Helper is a method, but not an action: it takes no request.
//
// 可能返回的错误码:
//  FAILEDOPERATION = "FailedOperation"
func (c *Client) Helper() {}

// NewDescribeThingsRequest is a function, not a method.
func NewDescribeThingsRequest() *DescribeThingsRequest { return nil }

type (
	DescribeThingsRequest  struct{}
	DescribeThingsResponse struct{}
	PingThingsRequest      struct{}
	PingThingsResponse     struct{}
)
