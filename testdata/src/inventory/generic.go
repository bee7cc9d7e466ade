package inventory

import (
	"context"

	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	tchttp "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/http"
)

type genericReply struct{ *tchttp.BaseResponse }

func genericDirect(c *common.Client) bool {
	err := c.Send(tchttp.NewCommonRequest("cvm", "2017-03-12", "DescribeInstances"), &genericReply{})
	e, ok := err.(*errors.TencentCloudSDKError)
	return ok && e.Code == "InvalidInstanceId.NotFound" // want `^inventory: == with 1 code \("InvalidInstanceId.NotFound"\); origin: cvm DescribeInstances \(through the SDK's generic client\)$`
}

type endpoints struct{ cvm string }

func genericConfigured(c *common.Client, cfg endpoints) bool {
	req := &tchttp.BaseRequest{}
	req.Init().WithApiInfo("cvm", "2017-03-12", "DescribeInstances")
	req.SetDomain(cfg.cvm)
	err := c.Send(req, &genericReply{})
	e, ok := err.(*errors.TencentCloudSDKError)
	return ok && e.Code == "InvalidInstanceId.NotFound" // want `^inventory: == with 1 code \("InvalidInstanceId.NotFound"\); origin unknown: the error comes from the SDK's generic client, sending a domain that is not constant$`
}

// A predicate handed to code the analyzer does not see.
func predicateHandedOn(run func(context.Context, func(error) bool) error) error {
	return run(context.Background(), func(err error) bool {
		e, ok := err.(*errors.TencentCloudSDKError)
		return ok && e.Code == "InternalError" // want `^inventory: == with 1 code \("InternalError"\); origin unknown: err is a parameter of a function literal whose calls the analyzer does not see \(passed on, or kept in a configuration that leaves the function\)$`
	})
}

// An error the program builds itself carries the program's code.
func notFoundError() error {
	return errors.NewTencentCloudSDKError("NotFound", "no such instance", "")
}

func handBuiltCheck() bool {
	err := notFoundError()
	e, ok := err.(*errors.TencentCloudSDKError)
	return ok && e.Code == "NotFound" // want `^inventory: == with 1 code \("NotFound"\); origin unknown: the error comes from inventory.notFoundError, which returns no error of an SDK call the analyzer follows$`
}

func handBuiltHere() bool {
	err := errors.NewTencentCloudSDKError("NotFound", "no such instance", "")
	e, ok := err.(*errors.TencentCloudSDKError)
	return ok && e.Code == "NotFound" // want `^inventory: == with 1 code \("NotFound"\); origin unknown: the error is built by the program \(NewTencentCloudSDKError\), not returned by an API call: the code it carries is the program's, not a product's$`
}
