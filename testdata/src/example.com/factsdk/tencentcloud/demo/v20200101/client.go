package v20200101

import "context"

const APIVersion = "2020-01-01"

// Client calls the demo product.
type Client struct{}

// DoThing does a thing.
//
// 可能返回的错误码:
//  FAILEDOPERATION_ONE = "FailedOperation.One"
//  INTERNALERROR_THREE = "InternalError.Three"
func (c *Client) DoThing() (err error) { // want DoThing:"documents 2 codes"
	return nil
}

// DoThingWithContext does a thing.
//
// 可能返回的错误码:
//  FAILEDOPERATION_ONE = "FailedOperation.One"
//  INTERNALERROR_THREE = "InternalError.Three"
func (c *Client) DoThingWithContext(ctx context.Context) (err error) { // the twin looks the list up on DoThing
	return nil
}

// Undocumented has no list: no fact.
func (c *Client) Undocumented() (err error) {
	return nil
}

// DoOther lists a code in the English form of the international SDK.
//
// error code that may be returned:
//  RESOURCENOTFOUND_TWO = "ResourceNotFound.Two"
func (c *Client) DoOther() (err error) { // want DoOther:"documents 1 codes"
	return nil
}
