// Package recursion has wrappers that call themselves and each other, and
// errors assigned from themselves: resolving origins must terminate.
package recursion

import (
	"fmt"

	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// Ping and Pong call each other.
func Ping(c *cvm.Client, n int) error {
	if n == 0 {
		_, err := c.DescribeInstances(cvm.NewDescribeInstancesRequest())
		return err
	}
	return Pong(c, n-1)
}

// Pong calls Ping.
func Pong(c *cvm.Client, n int) error {
	if n%2 == 0 {
		return Ping(c, n-1)
	}
	return fmt.Errorf("pong %d: %w", n, Pong(c, n-1))
}

// Self calls itself only.
func Self(n int) error {
	if n > 0 {
		return Self(n - 1)
	}
	return nil
}

func cycles(c *cvm.Client) bool {
	err := Ping(c, 3)
	err = fmt.Errorf("again: %w", err)
	for i := 0; i < 3; i++ {
		err = wrap(err)
	}
	err = Self(2)
	var retry func(int) error
	retry = func(n int) error {
		if n == 0 {
			return err
		}
		return retry(n - 1)
	}
	e, ok := retry(3).(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "ResourceNotFound.CdnHostNotExists"
}

func wrap(err error) error { return fmt.Errorf("wrapped: %w", err) }

// Code copies that feed each other.
func copies(c *cvm.Client) bool {
	_, err := c.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return false
	}
	a, b := e.Code, ""
	for i := 0; i < 2; i++ {
		a, b = b, a
	}
	// Copies that feed each other are not followed: silent.
	return a == "ResourceNotFound.CdnHostNotExists" || b == "InvalidInstanceId.NotFonud"
}

// selfCallingFuncVar holds a closure that calls the variable itself, and
// another that hands it to itself: following func variables must stop.
func selfCallingFuncVar(c *cvm.Client, n int) bool {
	var f func(int) error
	f = func(k int) error {
		if k == 0 {
			_, err := c.DescribeInstances(cvm.NewDescribeInstancesRequest())
			return err
		}
		return f(k - 1)
	}
	g := f
	f = g
	err := f(n)
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "ResourceNotFound.CdnHostNotExists"
}
