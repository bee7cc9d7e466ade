package predicatefield // want package:"sdkUser"

// predicatefield keeps its retry predicate in a framework's
// configuration: the predicate sees the errors of the functions the
// configuration runs.

import (
	"context"

	"predicatefield/backoff"

	sdkerr "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// withRetries runs fn with a predicate judged against its callers' calls.
func withRetries(ctx context.Context, fn func(context.Context) error) error {
	return backoff.Policy{
		Tries: 5,
		ShouldRetry: func(err error) bool {
			e, ok := err.(*sdkerr.TencentCloudSDKError)
			if !ok {
				return false
			}
			if e.Code == "InvalidInstanceId.NotFound" {
				return false
			}
			return e.Code == "ResourceNotFound.CdnHostNotExists" // want `"ResourceNotFound.CdnHostNotExists" is declared by cdn, but cvm DescribeInstances/StartInstances never returns it`
		},
	}.Run(ctx, fn)
}

func start(ctx context.Context, client *cvm.Client, id string) error {
	return withRetries(ctx, func(ctx context.Context) error {
		req := cvm.NewStartInstancesRequest()
		req.InstanceIds = []*string{&id}
		_, err := client.StartInstances(req)
		return err
	})
}

func describe(ctx context.Context, client *cvm.Client) error {
	return withRetries(ctx, func(ctx context.Context) error {
		_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
		return err
	})
}

// A policy held in a variable and run once: its predicate sees what the
// one call runs.
func startOnce(ctx context.Context, client *cvm.Client) error {
	policy := &backoff.Policy{Tries: 3, ShouldRetry: func(err error) bool {
		e, ok := err.(*sdkerr.TencentCloudSDKError)
		return ok && e.Code == "ResourceNotFound.CdnHostNotExists" // want `is declared by cdn, but cvm StartInstances never returns it`
	}}
	return policy.Run(ctx, func(ctx context.Context) error {
		_, err := client.StartInstances(cvm.NewStartInstancesRequest())
		return err
	})
}

// A local predicate only ever called: it sees what its calls pass.
func plain(client *cvm.Client) bool {
	check := func(err error) bool {
		e, ok := err.(*sdkerr.TencentCloudSDKError)
		return ok && e.Code == "ResourceNotFound.CdnHostNotExists" // want `is declared by cdn, but cvm StartInstances never returns it`
	}
	_, err := client.StartInstances(cvm.NewStartInstancesRequest())
	return check(err)
}
