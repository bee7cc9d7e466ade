package v20210101

type Client struct{}

// CreateThing
// 本接口用于创建。
//
// 可能返回的错误码:
//  RESOURCENOTFOUND_THING = "ResourceNotFound.Thing"
//  FAILEDOPERATION = "FailedOperation"
// This line is not a code and ends the list.
//  INTERNALERROR = "InternalError"
func (c *Client) CreateThing(request *CreateThingRequest) (response *CreateThingResponse, err error) {
	return nil, nil
}

type (
	CreateThingRequest  struct{}
	CreateThingResponse struct{}
)
