// Package actionfacts is checked with -enable=wrong-action against a
// product only its fact describes: the catalog does not know demo, so every
// list here comes from the fact on demo's Client type.
package actionfacts

import (
	"context"

	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"

	"actionfacts/demoapi"

	demo "example.com/factsdk/tencentcloud/demo/v20200101"
)

func code(err error) string {
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok {
		return e.Code
	}
	return ""
}

func direct(client *demo.Client) bool {
	err := client.DoThing(demo.NewDoThingRequest())
	return code(err) == "FailedOperation.One" // documented
}

func directUndocumented(client *demo.Client) bool {
	err := client.DoThing(demo.NewDoThingRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "ResourceNotFound.Two" // want `^wrong-action: "ResourceNotFound.Two" is a demo code, but demo DoThing does not document it \(DoThing documents FailedOperation.One, InternalError.Three\)$`
}

// The twin has the same list.
func withContext(ctx context.Context, client *demo.Client) bool {
	err := client.DoThingWithContext(ctx, demo.NewDoThingRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && (e.Code == "InternalError.Three" || e.Code == "ResourceNotFound.Two") // want `demo DoThing does not document it`
}

// An action without a list: nothing is known, nothing is reported.
func unlisted(client *demo.Client) bool {
	err := client.Undocumented(demo.NewUndocumentedRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "ResourceNotFound.Two"
}

// An empty list says nothing either: it is no promise that the action
// returns no product code.
func emptyList(client *demo.Client) bool {
	err := client.Quiet(demo.NewQuietRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "ResourceNotFound.Two"
}

// Through a wrapper in another package the list comes from the same fact.
func wrapped(s *demoapi.Service) bool {
	err := s.Other()
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "FailedOperation.One" // want `^wrong-action: "FailedOperation.One" is a demo code, but demo DoOther does not document it \(DoOther documents ResourceNotFound.Two\)$`
}

func wrappedDocumented(s *demoapi.Service) bool {
	err := s.Other()
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "ResourceNotFound.Two"
}
