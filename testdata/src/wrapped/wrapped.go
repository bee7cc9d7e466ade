// Package wrapped asserts the SDK error type on errors that were wrapped
// first: the assertion never succeeds, and what is compared behind it is
// never seen.
package wrapped

import (
	"errors"
	"fmt"

	pkgerrors "github.com/pkg/errors"
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
	"wrapped/errlib"
)

// service wraps every error it returns, as the provider's services do.
type service struct{ client *cvm.Client }

func (s service) start() (errRet error) {
	if _, err := s.client.StartInstances(cvm.NewStartInstancesRequest()); err != nil {
		errRet = pkgerrors.WithStack(err)
		return
	}
	return nil
}

func (s service) stop() error {
	if _, err := s.client.TerminateInstances(cvm.NewTerminateInstancesRequest()); err != nil {
		return fmt.Errorf("stop: %w", err)
	}
	return nil
}

var retryable = []string{"ClientError.NetworkError"}

// Reported at the assertion; the retry list behind it is dead, so no
// retry-incomplete claims it retries anything.
func startWithRetry(s service) bool {
	for range 3 {
		err := s.start()
		if err == nil {
			return true
		}
		e, ok := err.(*sdkerrors.TencentCloudSDKError) // want `^wrong-error-type: the error is wrapped on every path that reaches here .*: this type assertion never succeeds`
		if ok && contains(retryable, e.Code) {
			continue
		}
		return false
	}
	return false
}

func stopped(s service) bool {
	err := s.stop()
	switch e := err.(type) {
	case *sdkerrors.TencentCloudSDKError: // want `wrapped on every path that reaches here .*: this case never matches`
		return e.Code == "InvalidInstanceId.NotFonud" // dead: not judged
	}
	return false
}

// Look-alikes, not reported: errors.As and errors.Cause look through the
// wrapping, and the comparisons behind them are judged.
func startAs(s service) bool {
	var e *sdkerrors.TencentCloudSDKError
	return errors.As(s.start(), &e) && e.Code == "InvalidInstanceId.NotFonud" // want `did you mean "InvalidInstanceId.NotFound"`
}

func startCause(s service) bool {
	e, ok := pkgerrors.Cause(s.start()).(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidInstanceId.NotFonud" // want `did you mean "InvalidInstanceId.NotFound"`
}

// Another library's Cause, recognised by its body, unwraps too.
func startCauseOfAnotherLibrary(s service) bool {
	e, ok := errlib.Cause(s.start()).(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidInstanceId.NotFonud" // want `unknown error code "InvalidInstanceId.NotFonud" for cvm StartInstances; did you mean "InvalidInstanceId.NotFound"`
}

// A Cause that loops down to the innermost error keeps the origin too:
// the code is judged against cvm StartInstances.
func startInnermost(s service) bool {
	e, ok := errlib.Innermost(s.start()).(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "ResourceNotFound.CdnHostNotExists" // want `is declared by cdn, but cvm StartInstances never returns it`
}

// Wrapped on one path only: the other returns the SDK error itself, and
// the assertion succeeds there.
func startOrRaw(s service, wrap bool) bool {
	_, err := s.client.StartInstances(cvm.NewStartInstancesRequest())
	if wrap {
		err = pkgerrors.WithStack(err)
	}
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidInstanceId.NotFonud" // want `did you mean "InvalidInstanceId.NotFound"`
}

// fmt.Errorf without %w keeps no error to find: that is not wrapping.
func startFlattened(s service) bool {
	_, err := s.client.StartInstances(cvm.NewStartInstancesRequest())
	if err != nil {
		err = fmt.Errorf("start: %v", err)
	}
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidInstanceId.NotFound"
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
