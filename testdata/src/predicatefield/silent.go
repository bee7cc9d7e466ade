package predicatefield

import (
	"context"

	"predicatefield/backoff"

	sdkerr "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// Exported: other packages may run other products' calls with it.
func WithRetries(ctx context.Context, fn func(context.Context) error) error { // want WithRetries:`errorFrom\(func param 1\)`
	return backoff.Policy{Tries: 5, ShouldRetry: func(err error) bool {
		e, ok := err.(*sdkerr.TencentCloudSDKError)
		return ok && e.Code == "ResourceNotFound.CdnHostNotExists"
	}}.Run(ctx, fn)
}

func startExported(ctx context.Context, client *cvm.Client) error {
	return WithRetries(ctx, func(ctx context.Context) error {
		_, err := client.StartInstances(cvm.NewStartInstancesRequest())
		return err
	})
}

// The policy leaves the function: who runs what with it is not known.
func policy() backoff.Policy {
	return backoff.Policy{Tries: 5, ShouldRetry: func(err error) bool {
		e, ok := err.(*sdkerr.TencentCloudSDKError)
		return ok && e.Code == "ResourceNotFound.CdnHostNotExists"
	}}
}

// A method value of the policy may run anywhere.
func runLater(ctx context.Context, client *cvm.Client) func(context.Context, func(context.Context) error) error {
	p := backoff.Policy{Tries: 5, ShouldRetry: func(err error) bool {
		e, ok := err.(*sdkerr.TencentCloudSDKError)
		return ok && e.Code == "ResourceNotFound.CdnHostNotExists"
	}}
	_ = p.Run(ctx, func(ctx context.Context) error {
		_, err := client.StartInstances(cvm.NewStartInstancesRequest())
		return err
	})
	return p.Run
}

// A local predicate passed on as a value: who calls it is not known.
func passedOn(client *cvm.Client, use func(func(error) bool)) {
	check := func(err error) bool {
		e, ok := err.(*sdkerr.TencentCloudSDKError)
		return ok && e.Code == "ResourceNotFound.CdnHostNotExists"
	}
	_, err := client.StartInstances(cvm.NewStartInstancesRequest())
	_ = check(err)
	use(check)
}
