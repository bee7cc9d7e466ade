package cloud // want package:"sdkUser"

import (
	"context"
	"fmt"

	cdn "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cdn/v20180606"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// Service is the usual one-level wrapper.
type Service struct {
	client *cvm.Client
	cdn    *cdn.Client
}

func (s *Service) Start(ctx context.Context) error { // want Start:`errorFrom\(cvm.StartInstances\)`
	_, err := s.client.StartInstancesWithContext(ctx, cvm.NewStartInstancesRequest())
	return err
}

func (s *Service) Describe() (*cvm.DescribeInstancesResponse, error) { // want Describe:`errorFrom\(cvm.DescribeInstances\)`
	return s.client.DescribeInstances(cvm.NewDescribeInstancesRequest())
}

// Named result with a bare return, and an early nil return.
func (s *Service) Purge(urls []string) (err error) { // want Purge:`errorFrom\(cdn.PurgeUrlsCache\)`
	if len(urls) == 0 {
		return nil
	}
	_, err = s.cdn.PurgeUrlsCache(cdn.NewPurgeUrlsCacheRequest())
	return
}

// Wrap keeps its argument reachable with %w: the caller's origin passes
// through.
func Wrap(err error) error { // want Wrap:`errorFrom\(param 0, wrapped\)`
	return fmt.Errorf("cloud: %w", err)
}

// WithRetry returns the error of the closure it is given.
func WithRetry(ctx context.Context, attempts int, call func() error) error { // want WithRetry:`errorFrom\(func param 2\)`
	var err error
	for i := 0; i < attempts; i++ {
		if err = call(); err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
	return err
}

// Either returns the error of the function it is given, or one that
// wraps nothing.
func Either(s *Service, other func() (int, error)) error { // want Either:`errorFrom\(func param 1\)`
	if _, err := other(); err != nil {
		return err
	}
	return fmt.Errorf("not wrapped: %v", s)
}

// Fail returns no SDK error at all: no fact.
func Fail() error { return fmt.Errorf("always") }
