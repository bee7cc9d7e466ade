package v20200101

import "context"

type Client struct{}

// DescribeThings
// This API is used to query things.
//
// error code that may be returned:
//  UNSUPPORTEDOPERATION_LEGACYTHING = "UnsupportedOperation.LegacyThing"
func (c *Client) DescribeThings(request *DescribeThingsRequest) (response *DescribeThingsResponse, err error) {
	return c.DescribeThingsWithContext(context.Background(), request)
}

// DescribeThings
// This API is used to query things.
//
// error code that may be returned:
//  UNSUPPORTEDOPERATION_LEGACYTHING = "UnsupportedOperation.LegacyThing"
func (c *Client) DescribeThingsWithContext(ctx context.Context, request *DescribeThingsRequest) (response *DescribeThingsResponse, err error) {
	return nil, nil
}

type (
	DescribeThingsRequest  struct{}
	DescribeThingsResponse struct{}
)
