// Package app compares codes of errors that reach it through wrappers two
// packages away, a retry helper and its closure.
package app

import (
	"context"
	"errors"

	cdn "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cdn/v20180606"
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"

	"wrappers/cloud"
	"wrappers/middle"
)

func code(err error) string {
	var e *sdkerrors.TencentCloudSDKError
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}

func throughWrappers(ctx context.Context, s *cloud.Service) bool {
	err := middle.EnsureStarted(ctx, s)
	var e *sdkerrors.TencentCloudSDKError
	return errors.As(err, &e) && e.Code == "ResourceNotFound.CdnHostNotExists" // want `"ResourceNotFound.CdnHostNotExists" is declared by cdn, but cvm StartInstances never returns it`
}

func retryClosure(ctx context.Context, d *cdn.Client) bool {
	err := cloud.WithRetry(ctx, 3, func() error {
		_, err := d.PurgeUrlsCache(cdn.NewPurgeUrlsCacheRequest())
		return err
	})
	var e *sdkerrors.TencentCloudSDKError
	return errors.As(err, &e) && e.Code == "InvalidInstanceId.NotFound" // want `"InvalidInstanceId.NotFound" is declared by cbs, cvm, vpc, but cdn PurgeUrlsCache never returns it`
}

func retryMethodValue(ctx context.Context, s *cloud.Service) bool {
	err := cloud.WithRetry(ctx, 3, func() error { return s.Start(ctx) })
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok {
		return e.Code == "InvalidInstanceId.NotFonud" // want `unknown error code "InvalidInstanceId.NotFonud" for cvm StartInstances; did you mean "InvalidInstanceId.NotFound"\?`
	}
	return false
}

func namedResult(s *cloud.Service) bool {
	err := s.Purge([]string{"u"})
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok {
		return e.Code == "InvalidInstanceId.NotFound" // want `but cdn PurgeUrlsCache never returns it`
	}
	return false
}

// The function given to Either comes from anywhere: silent.
func ambiguous(s *cloud.Service, other func() (int, error)) bool {
	err := cloud.Either(s, other)
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok {
		return e.Code == "ResourceNotFound.CdnHostNotExists"
	}
	return false
}

// The wrapper's own helper takes the origin from its argument.
func helperParam(err error) bool {
	return code(cloud.Wrap(err)) == "ResourceNotFound.CdnHostNotExists"
}
