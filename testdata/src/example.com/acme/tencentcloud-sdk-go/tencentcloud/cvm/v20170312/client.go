// Package v20170312 is a test stub of the cvm API 2017-03-12 client from
// a repackaged fork of tencentcloud-sdk-go/tencentcloud/cvm v1.3.159.
// Constant names and values, action names, signatures and the code lists in
// the action doc comments match the real package; only a subset is kept.
// This fork ran gofmt, so its doc sections use gofmt's tab-indented form.
package v20170312

import (
	"context"
	"errors"

	"example.com/acme/tencentcloud-sdk-go/tencentcloud/common"
	tchttp "example.com/acme/tencentcloud-sdk-go/tencentcloud/common/http"
	"example.com/acme/tencentcloud-sdk-go/tencentcloud/common/profile"
)

const APIVersion = "2017-03-12"

type Client struct {
	common.Client
}

// Deprecated
func NewClientWithSecretId(secretId, secretKey, region string) (client *Client, err error) {
	cpf := profile.NewClientProfile()
	client = &Client{}
	client.Init(region).WithSecretId(secretId, secretKey).WithProfile(cpf)
	return
}

func NewClient(credential common.CredentialIface, region string, clientProfile *profile.ClientProfile) (client *Client, err error) {
	client = &Client{}
	client.Init(region).
		WithCredential(credential).
		WithProfile(clientProfile)
	return
}

func NewDescribeInstancesRequest() (request *DescribeInstancesRequest) {
	request = &DescribeInstancesRequest{
		BaseRequest: &tchttp.BaseRequest{},
	}
	request.Init().WithApiInfo("cvm", APIVersion, "DescribeInstances")
	return
}

func NewDescribeInstancesResponse() (response *DescribeInstancesResponse) {
	response = &DescribeInstancesResponse{
		BaseResponse: &tchttp.BaseResponse{},
	}
	return
}

// DescribeInstances
// Queries the details of one or more instances.
//
// 可能返回的错误码:
//
//	INTERNALSERVERERROR = "InternalServerError"
//	INVALIDFILTER = "InvalidFilter"
//	INVALIDINSTANCEID_MALFORMED = "InvalidInstanceId.Malformed"
//	INVALIDPARAMETERVALUE_LIMITEXCEEDED = "InvalidParameterValue.LimitExceeded"
//	INVALIDSECURITYGROUPID_NOTFOUND = "InvalidSecurityGroupId.NotFound"
func (c *Client) DescribeInstances(request *DescribeInstancesRequest) (response *DescribeInstancesResponse, err error) {
	return c.DescribeInstancesWithContext(context.Background(), request)
}

// DescribeInstances
// Queries the details of one or more instances.
//
// 可能返回的错误码:
//
//	INTERNALSERVERERROR = "InternalServerError"
//	INVALIDFILTER = "InvalidFilter"
//	INVALIDINSTANCEID_MALFORMED = "InvalidInstanceId.Malformed"
//	INVALIDPARAMETERVALUE_LIMITEXCEEDED = "InvalidParameterValue.LimitExceeded"
//	INVALIDSECURITYGROUPID_NOTFOUND = "InvalidSecurityGroupId.NotFound"
func (c *Client) DescribeInstancesWithContext(ctx context.Context, request *DescribeInstancesRequest) (response *DescribeInstancesResponse, err error) {
	if request == nil {
		request = NewDescribeInstancesRequest()
	}
	c.InitBaseRequest(&request.BaseRequest, "cvm", APIVersion, "DescribeInstances")

	if c.GetCredential() == nil {
		return nil, errors.New("DescribeInstances require credential")
	}

	request.SetContext(ctx)

	response = NewDescribeInstancesResponse()
	err = c.Send(request, response)
	return
}

func NewStartInstancesRequest() (request *StartInstancesRequest) {
	request = &StartInstancesRequest{
		BaseRequest: &tchttp.BaseRequest{},
	}
	request.Init().WithApiInfo("cvm", APIVersion, "StartInstances")
	return
}

func NewStartInstancesResponse() (response *StartInstancesResponse) {
	response = &StartInstancesResponse{
		BaseResponse: &tchttp.BaseResponse{},
	}
	return
}

// StartInstances
// Starts one or more instances.
//
// 可能返回的错误码:
//
//	INTERNALSERVERERROR = "InternalServerError"
//	INVALIDINSTANCEID_MALFORMED = "InvalidInstanceId.Malformed"
//	INVALIDINSTANCEID_NOTFOUND = "InvalidInstanceId.NotFound"
//	INVALIDPARAMETERVALUE_LIMITEXCEEDED = "InvalidParameterValue.LimitExceeded"
//	UNSUPPORTEDOPERATION_INSTANCESTATERUNNING = "UnsupportedOperation.InstanceStateRunning"
func (c *Client) StartInstances(request *StartInstancesRequest) (response *StartInstancesResponse, err error) {
	return c.StartInstancesWithContext(context.Background(), request)
}

// StartInstances
// Starts one or more instances.
//
// 可能返回的错误码:
//
//	INTERNALSERVERERROR = "InternalServerError"
//	INVALIDINSTANCEID_MALFORMED = "InvalidInstanceId.Malformed"
//	INVALIDINSTANCEID_NOTFOUND = "InvalidInstanceId.NotFound"
//	INVALIDPARAMETERVALUE_LIMITEXCEEDED = "InvalidParameterValue.LimitExceeded"
//	UNSUPPORTEDOPERATION_INSTANCESTATERUNNING = "UnsupportedOperation.InstanceStateRunning"
func (c *Client) StartInstancesWithContext(ctx context.Context, request *StartInstancesRequest) (response *StartInstancesResponse, err error) {
	if request == nil {
		request = NewStartInstancesRequest()
	}
	c.InitBaseRequest(&request.BaseRequest, "cvm", APIVersion, "StartInstances")

	if c.GetCredential() == nil {
		return nil, errors.New("StartInstances require credential")
	}

	request.SetContext(ctx)

	response = NewStartInstancesResponse()
	err = c.Send(request, response)
	return
}
