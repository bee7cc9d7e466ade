package v20200101

import "context"

const APIVersion = "2020-01-01"

// Client calls the demo product. Its actions' lists travel as one fact on
// the type.
type Client struct{} // want Client:"documents codes of 3 actions"

type DoThingRequest struct{}

func NewDoThingRequest() *DoThingRequest { return &DoThingRequest{} }

// DoThing does a thing.
//
// 可能返回的错误码:
//  FAILEDOPERATION_ONE = "FailedOperation.One"
//  INTERNALERROR_THREE = "InternalError.Three"
func (c *Client) DoThing(request *DoThingRequest) (err error) {
	return nil
}

// DoThingWithContext does a thing.
//
// 可能返回的错误码:
//  FAILEDOPERATION_ONE = "FailedOperation.One"
//  INTERNALERROR_THREE = "InternalError.Three"
func (c *Client) DoThingWithContext(ctx context.Context, request *DoThingRequest) (err error) { // the twin looks the list up under DoThing
	return nil
}

type UndocumentedRequest struct{}

func NewUndocumentedRequest() *UndocumentedRequest { return &UndocumentedRequest{} }

// Undocumented has no list: its codes are unknown, not none.
func (c *Client) Undocumented(request *UndocumentedRequest) (err error) {
	return nil
}

type DoOtherRequest struct{}

func NewDoOtherRequest() *DoOtherRequest { return &DoOtherRequest{} }

// DoOther lists a code in the English form of the international SDK.
//
// error code that may be returned:
//  RESOURCENOTFOUND_TWO = "ResourceNotFound.Two"
func (c *Client) DoOther(request *DoOtherRequest) (err error) {
	return nil
}

type QuietRequest struct{}

func NewQuietRequest() *QuietRequest { return &QuietRequest{} }

// Quiet has the list's marker and no code under it, as 18 catalogued
// actions do.
//
// 可能返回的错误码:
func (c *Client) Quiet(request *QuietRequest) (err error) {
	return nil
}
