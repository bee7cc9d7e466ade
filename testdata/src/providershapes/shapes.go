package providershapes // want package:"sdkUser"

// The shapes the Terraform provider reaches its errors through, each
// reduced to its bones: the origin must get through every one for the
// comparisons to be checked.

import (
	stderrors "errors"
	"fmt"
	"log"

	"github.com/pkg/errors"
	"retryfw"
	"retryfw/resource"

	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

type conn struct{}

func (c *conn) UseCvmClient() *cvm.Client { return nil }

type Svc struct{ client *conn }

// A service method: three named results, the error set on two paths, one
// of which can hold no SDK error (fmt.Errorf without %w), and a bare
// return where nothing was set.
func (me *Svc) DescribeById(id string) (instance *cvm.Instance, has bool, errRet error) { // want DescribeById:`errorFrom\(cvm.DescribeInstances\)`
	request := cvm.NewDescribeInstancesRequest()
	defer func() {
		if errRet != nil {
			log.Printf("describe %s: %s", id, errRet.Error())
		}
	}()
	response, err := me.client.UseCvmClient().DescribeInstances(request)
	if err != nil {
		errRet = err
		return
	}
	if response == nil {
		errRet = fmt.Errorf("nil response for %s", id)
		return
	}
	has = true
	return
}

func read(s *Svc) bool {
	_, _, err := s.DescribeById("ins-1")
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidParameterValue.AddressIdMalformed" // want `^wrong-product: "InvalidParameterValue.AddressIdMalformed" is declared by .*vpc.*, but cvm DescribeInstances never returns it`
}

// A retry helper building the framework's verdict from the caller's codes.
func retryError(err error, extra ...string) *retryfw.RetryError {
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok {
		for _, c := range extra {
			if e.Code == c {
				return retryfw.RetryableError(err)
			}
		}
	}
	return retryfw.NonRetryableError(err)
}

// One err for the framework's result and the closure's call: the closure
// reads what it assigned, and the cycle through the framework adds
// nothing to it.
func describeRetrying(s *Svc) error {
	var err error
	if err = retryfw.Retry(3, func() *retryfw.RetryError {
		_, _, err = s.DescribeById("ins-1")
		if err != nil {
			return retryError(err, "InvalidParameterValue.AddressIdMalformed") // want `^wrong-product: "InvalidParameterValue.AddressIdMalformed" is declared by .*vpc.*, but cvm DescribeInstances never returns it`
		}
		return nil
	}); err != nil {
		return err
	}
	return nil
}

// The same through a framework whose verdict type is an alias
// (terraform-plugin-sdk v2's resource.RetryError), with a helper building
// the verdict.
func tccommonRetryError(err error, extra ...string) *resource.RetryError {
	return retryError(err, extra...)
}

func describeRetryingAliased(s *Svc) error {
	var err error
	if err = resource.Retry(3, func() *resource.RetryError {
		_, _, err = s.DescribeById("ins-1")
		if err != nil {
			return tccommonRetryError(err, "InvalidParameterValue.AddressIdMalformed") // want `^wrong-product: "InvalidParameterValue.AddressIdMalformed" is declared by .*vpc.*, but cvm DescribeInstances never returns it`
		}
		return nil
	}); err != nil {
		return err
	}
	return nil
}

// github.com/pkg/errors' WithStack keeps the error reachable by errors.As.
func describeWithStack(s *Svc) error {
	_, _, err := s.DescribeById("ins-1")
	return errors.WithStack(err)
}

func readWithStack(s *Svc) bool {
	err := describeWithStack(s)
	var e *sdkerrors.TencentCloudSDKError
	return errors.As(err, &e) && e.Code == "InvalidParameterValue.AddressIdMalformed" // want `^wrong-product: "InvalidParameterValue.AddressIdMalformed" is declared by .*vpc.*, but cvm DescribeInstances never returns it`
}

// A variable assigned only errors that carry no SDK error holds none: its
// comparison has an unknown origin, and nothing product-specific is said.
func neverSDK(fail bool) bool {
	err := fmt.Errorf("plain")
	if fail {
		err = fmt.Errorf("plainer")
	}
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidParameterValue.AddressIdMalformed"
}

// A task-polling helper: the closure stops on the call's error, and polls
// again or stops with an error of its own (fmt.Errorf without %w, with a
// stack), which carries no SDK error: its callers see the call's.
func WaitForTask(s *Svc, busy, failed bool) (err error) { // want WaitForTask:`errorFrom\(cvm.DescribeInstances, wrapped\)`
	err = resource.Retry(3, func() *resource.RetryError {
		_, _, e := s.DescribeById("ins-1")
		if e != nil {
			return resource.NonRetryableError(errors.WithStack(e))
		}
		if busy {
			return resource.RetryableError(errors.WithStack(fmt.Errorf("task %s", "running")))
		} else if failed {
			return resource.NonRetryableError(errors.WithStack(stderrors.New("task failed")))
		}
		return nil
	})
	return
}

func readTask(s *Svc) bool {
	err := WaitForTask(s, false, false)
	var e *sdkerrors.TencentCloudSDKError
	return errors.As(err, &e) && e.Code == "InvalidParameterValue.AddressIdMalformed" // want `^wrong-product: "InvalidParameterValue.AddressIdMalformed" is declared by .*vpc.*, but cvm DescribeInstances never returns it`
}

// Only errors of the program's own, wrapped: nothing to judge by.
func notSDK(failed bool) bool {
	err := errors.WithStack(fmt.Errorf("task %s", "running"))
	if failed {
		err = errors.WithStack(stderrors.New("task failed"))
	}
	var e *sdkerrors.TencentCloudSDKError
	return errors.As(err, &e) && e.Code == "InvalidParameterValue.AddressIdMalformed"
}

// The provider's paging loop: the named error returned before any page
// is read is nil, and the call's error is the only one it can carry.
func DescribeAllPages(s *Svc) (ids []string, errRet error) { // want DescribeAllPages:`errorFrom\(cvm.DescribeInstances\)`
	offset := 0
getMore:
	if offset >= 100 {
		return
	}
	_, has, err := s.DescribeById("ins-1")
	if err != nil {
		errRet = err
		return
	}
	if !has {
		errRet = fmt.Errorf("page %d missing", offset)
		return
	}
	offset += 20
	goto getMore
}

func readPages(s *Svc) bool {
	_, err := DescribeAllPages(s)
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidParameterValue.AddressIdMalformed" // want `^wrong-product: "InvalidParameterValue.AddressIdMalformed" is declared by .*vpc.*, but cvm DescribeInstances never returns it`
}

// goto brings an assignment written after the use back to it.
func retryWithGoto(s *Svc) bool {
	var err error = nil
	tries := 0
again:
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok && e.Code == "InvalidParameterValue.AddressIdMalformed" { // want `^wrong-product: "InvalidParameterValue.AddressIdMalformed" is declared by .*vpc.*, but cvm DescribeInstances never returns it`
		return true
	}
	if tries < 3 {
		tries++
		_, _, err = s.DescribeById("ins-1")
		goto again
	}
	return false
}

// A variable never assigned holds nil: nothing to judge by.
func neverAssigned() bool {
	var err error
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidParameterValue.AddressIdMalformed"
}

// A helper handing back the SDK error found in its argument, or nil.
func UnwrapSDKError(err error) *sdkerrors.TencentCloudSDKError { // want UnwrapSDKError:`errorFrom\(param 0\)`
	var e *sdkerrors.TencentCloudSDKError
	if errors.As(err, &e) {
		return e
	}
	return nil
}

func readUnwrapped(s *Svc) bool {
	err := describeWithStack(s)
	e := UnwrapSDKError(err)
	return e != nil && e.Code == "InvalidParameterValue.AddressIdMalformed" // want `^wrong-product: "InvalidParameterValue.AddressIdMalformed" is declared by .*vpc.*, but cvm DescribeInstances never returns it`
}
