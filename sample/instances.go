package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// describeInstance returns the instance, or nil when it does not exist.
// A comma-ok type assertion, the most common way callers reach the code.
func describeInstance(client *cvm.Client, id string) (*cvm.Instance, error) {
	req := cvm.NewDescribeInstancesRequest()
	req.InstanceIds = common.StringPtrs([]string{id})
	resp, err := client.DescribeInstances(req)
	if err != nil {
		if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok {
			if e.Code == cvm.INVALIDINSTANCEID_MALFORMED {
				return nil, nil
			}
			if e.Code == "InvalidInstanceId.NotFonud" { // want: unknown-code
				return nil, nil
			}
			if e.Code == "ResourceNotFound.CdnHostNotExists" { // want: wrong-product
				return nil, nil
			}
		}
		return nil, err
	}
	if len(resp.Response.InstanceSet) == 0 {
		return nil, nil
	}
	return resp.Response.InstanceSet[0], nil
}

// terminateInstance treats "already gone" as success. The assertion without
// ok is common in real code once the caller "knows" the error type.
func terminateInstance(client *cvm.Client, id string) error {
	req := cvm.NewTerminateInstancesRequest()
	req.InstanceIds = common.StringPtrs([]string{id})
	_, err := client.TerminateInstances(req)
	if err == nil {
		return nil
	}
	if _, ok := err.(*sdkerrors.TencentCloudSDKError); !ok {
		return err
	}
	e := err.(*sdkerrors.TencentCloudSDKError)
	switch e.GetCode() {
	case "UnsupportedOperation.InstanceStateTerminated", "UnsupportedOperation.InstanceStateTerminating":
		return nil
	case "InvalidInstanceId.Notfound": // want: wrong-case
		return nil
	case cvm.LIMITEXCEEDED_USERRETURNQUOTA:
		return fmt.Errorf("return quota used up: %w", err)
	}
	return err
}

// runInstance creates one instance. ClientToken makes the request
// idempotent, so the SDK's own network retry may repeat it.
func runInstance(client *cvm.Client, imageID, instanceType, zone, token string) (string, error) {
	req := cvm.NewRunInstancesRequest()
	req.ImageId = common.StringPtr(imageID)
	req.InstanceType = common.StringPtr(instanceType)
	req.Placement = &cvm.Placement{Zone: common.StringPtr(zone)}
	req.ClientToken = common.StringPtr(token)
	resp, err := client.RunInstances(req)
	var e *sdkerrors.TencentCloudSDKError
	if errors.As(err, &e) {
		switch e.Code {
		case "ResourceInsufficient.SpecifiedInstanceType", "ResourcesSoldOut.SpecifiedInstanceType":
			return "", fmt.Errorf("%s sold out in %s", instanceType, zone)
		case "LimitExceeded.InstanceQouta": // want: unknown-code
			return "", fmt.Errorf("instance quota reached: %w", err)
		case "InvalidImageId.Notfound": // want: wrong-case
			return "", fmt.Errorf("image %s does not exist", imageID)
		case "InvalidVpcId.NotFound": // want: wrong-product
			return "", fmt.Errorf("vpc does not exist: %w", err)
		}
	}
	if err != nil {
		return "", err
	}
	return *resp.Response.InstanceIdSet[0], nil
}

// instanceService wraps the cvm client the way most callers do: one level
// of wrapper that returns the SDK error unchanged.
type instanceService struct {
	client *cvm.Client
}

// Start starts one instance.
func (s *instanceService) Start(ctx context.Context, id string) error {
	req := cvm.NewStartInstancesRequest()
	req.InstanceIds = common.StringPtrs([]string{id})
	_, err := s.client.StartInstancesWithContext(ctx, req)
	return err
}

// startFailed explains a failed start. errors.As, a local copy of the code,
// a tagless switch and a family match with strings.HasPrefix.
func startFailed(id string, err error) error {
	var sdkErr *sdkerrors.TencentCloudSDKError
	if !errors.As(err, &sdkErr) {
		return err
	}
	code := sdkErr.Code
	switch {
	case code == "UnsupportedOperation.InstanceStateRunning":
		return nil
	case code == "RequestLimitExceeded.UinLimitExceeded":
		return fmt.Errorf("account-wide rate limit starting %s: %w", id, err)
	case strings.HasPrefix(code, "RequestLimitExceeded"):
		return fmt.Errorf("rate limited starting %s: %w", id, err)
	case code == "InvalidRequest.LimitExceeded": // want: legacy-code
		return fmt.Errorf("rate limited starting %s: %w", id, err)
	case code == "ClientError.NetworkError":
		return fmt.Errorf("network error starting %s: %w", id, err)
	}
	return err
}

// ensureRunning starts an instance unless it is running already. The error
// comes through the instanceService wrapper, so its origin is cvm's
// StartInstances one call away.
func ensureRunning(ctx context.Context, svc *instanceService, id string) error {
	err := svc.Start(ctx, id)
	var e *sdkerrors.TencentCloudSDKError
	if errors.As(err, &e) {
		if e.Code == cvm.UNSUPPORTEDOPERATION_INSTANCESTATERUNNING {
			return nil
		}
		if e.Code == "ResourceNotFound.InstanceNotFound" { // want: wrong-product
			return fmt.Errorf("instance %s is gone", id)
		}
	}
	if err != nil && isRetryable(err) {
		return withRetry(ctx, 5, func() error { return svc.Start(ctx, id) })
	}
	return err
}
