package v20210323

import (
	"context"

	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	tchttp "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/http"
)

const APIVersion = "2021-03-23"

// Client calls dnspod.
type Client struct {
	common.Client
}

// DescribeRecordListRequest is the request.
type DescribeRecordListRequest struct {
	*tchttp.BaseRequest
}

// DescribeRecordListResponse is the response.
type DescribeRecordListResponse struct {
	*tchttp.BaseResponse
}

// NewDescribeRecordListRequest returns a request.
func NewDescribeRecordListRequest() *DescribeRecordListRequest {
	return &DescribeRecordListRequest{BaseRequest: &tchttp.BaseRequest{}}
}

// DescribeRecordList lists records.
func DescribeRecordList(c *Client, request *DescribeRecordListRequest) (*DescribeRecordListResponse, error) {
	return DescribeRecordListWithContext(context.Background(), c, request)
}

// DescribeRecordListWithContext lists records.
func DescribeRecordListWithContext(ctx context.Context, c *Client, request *DescribeRecordListRequest) (*DescribeRecordListResponse, error) {
	response := &DescribeRecordListResponse{BaseResponse: &tchttp.BaseResponse{}}
	return response, c.Send(request, response)
}
