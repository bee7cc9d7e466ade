package v20170312

import (
	"encoding/json"

	tcerr "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	tchttp "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/http"
)

type Filter struct {
	Name   *string   `json:"Name,omitnil,omitempty" name:"Name"`
	Values []*string `json:"Values,omitnil,omitempty" name:"Values"`
}

type Instance struct {
	InstanceId    *string `json:"InstanceId,omitnil,omitempty" name:"InstanceId"`
	InstanceType  *string `json:"InstanceType,omitnil,omitempty" name:"InstanceType"`
	InstanceName  *string `json:"InstanceName,omitnil,omitempty" name:"InstanceName"`
	InstanceState *string `json:"InstanceState,omitnil,omitempty" name:"InstanceState"`
}

type DescribeInstancesRequest struct {
	*tchttp.BaseRequest

	InstanceIds []*string `json:"InstanceIds,omitnil,omitempty" name:"InstanceIds"`
	Filters     []*Filter `json:"Filters,omitnil,omitempty" name:"Filters"`
	Offset      *int64    `json:"Offset,omitnil,omitempty" name:"Offset"`
	Limit       *int64    `json:"Limit,omitnil,omitempty" name:"Limit"`
}

func (r *DescribeInstancesRequest) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fails with the SDK-side code ClientError.BuildRequestError
// on unknown keys, as the real method does.
func (r *DescribeInstancesRequest) FromJsonString(s string) error {
	f := make(map[string]interface{})
	if err := json.Unmarshal([]byte(s), &f); err != nil {
		return err
	}
	delete(f, "InstanceIds")
	delete(f, "Filters")
	delete(f, "Offset")
	delete(f, "Limit")
	if len(f) > 0 {
		return tcerr.NewTencentCloudSDKError("ClientError.BuildRequestError", "DescribeInstancesRequest has unknown keys!", "")
	}
	return json.Unmarshal([]byte(s), &r)
}

type DescribeInstancesResponseParams struct {
	TotalCount  *int64      `json:"TotalCount,omitnil,omitempty" name:"TotalCount"`
	InstanceSet []*Instance `json:"InstanceSet,omitnil,omitempty" name:"InstanceSet"`
	RequestId   *string     `json:"RequestId,omitnil,omitempty" name:"RequestId"`
}

type DescribeInstancesResponse struct {
	*tchttp.BaseResponse
	Response *DescribeInstancesResponseParams `json:"Response"`
}

func (r *DescribeInstancesResponse) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

func (r *DescribeInstancesResponse) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

type DescribeInstancesStatusRequest struct {
	*tchttp.BaseRequest

	InstanceIds []*string `json:"InstanceIds,omitnil,omitempty" name:"InstanceIds"`
	Offset      *int64    `json:"Offset,omitnil,omitempty" name:"Offset"`
	Limit       *int64    `json:"Limit,omitnil,omitempty" name:"Limit"`
}

func (r *DescribeInstancesStatusRequest) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fails with the SDK-side code ClientError.BuildRequestError
// on unknown keys, as the real method does.
func (r *DescribeInstancesStatusRequest) FromJsonString(s string) error {
	f := make(map[string]interface{})
	if err := json.Unmarshal([]byte(s), &f); err != nil {
		return err
	}
	delete(f, "InstanceIds")
	delete(f, "Offset")
	delete(f, "Limit")
	if len(f) > 0 {
		return tcerr.NewTencentCloudSDKError("ClientError.BuildRequestError", "DescribeInstancesStatusRequest has unknown keys!", "")
	}
	return json.Unmarshal([]byte(s), &r)
}

type DescribeInstancesStatusResponseParams struct {
	TotalCount *int64  `json:"TotalCount,omitnil,omitempty" name:"TotalCount"`
	RequestId  *string `json:"RequestId,omitnil,omitempty" name:"RequestId"`
}

type DescribeInstancesStatusResponse struct {
	*tchttp.BaseResponse
	Response *DescribeInstancesStatusResponseParams `json:"Response"`
}

func (r *DescribeInstancesStatusResponse) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

func (r *DescribeInstancesStatusResponse) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

type StartInstancesRequest struct {
	*tchttp.BaseRequest

	InstanceIds []*string `json:"InstanceIds,omitnil,omitempty" name:"InstanceIds"`
}

func (r *StartInstancesRequest) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fails with the SDK-side code ClientError.BuildRequestError
// on unknown keys, as the real method does.
func (r *StartInstancesRequest) FromJsonString(s string) error {
	f := make(map[string]interface{})
	if err := json.Unmarshal([]byte(s), &f); err != nil {
		return err
	}
	delete(f, "InstanceIds")
	if len(f) > 0 {
		return tcerr.NewTencentCloudSDKError("ClientError.BuildRequestError", "StartInstancesRequest has unknown keys!", "")
	}
	return json.Unmarshal([]byte(s), &r)
}

type StartInstancesResponseParams struct {
	RequestId *string `json:"RequestId,omitnil,omitempty" name:"RequestId"`
}

type StartInstancesResponse struct {
	*tchttp.BaseResponse
	Response *StartInstancesResponseParams `json:"Response"`
}

func (r *StartInstancesResponse) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

func (r *StartInstancesResponse) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

type TerminateInstancesRequest struct {
	*tchttp.BaseRequest

	InstanceIds             []*string `json:"InstanceIds,omitnil,omitempty" name:"InstanceIds"`
	ReleaseAddress          *bool     `json:"ReleaseAddress,omitnil,omitempty" name:"ReleaseAddress"`
	ReleasePrepaidDataDisks *bool     `json:"ReleasePrepaidDataDisks,omitnil,omitempty" name:"ReleasePrepaidDataDisks"`
}

func (r *TerminateInstancesRequest) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fails with the SDK-side code ClientError.BuildRequestError
// on unknown keys, as the real method does.
func (r *TerminateInstancesRequest) FromJsonString(s string) error {
	f := make(map[string]interface{})
	if err := json.Unmarshal([]byte(s), &f); err != nil {
		return err
	}
	delete(f, "InstanceIds")
	delete(f, "ReleaseAddress")
	delete(f, "ReleasePrepaidDataDisks")
	if len(f) > 0 {
		return tcerr.NewTencentCloudSDKError("ClientError.BuildRequestError", "TerminateInstancesRequest has unknown keys!", "")
	}
	return json.Unmarshal([]byte(s), &r)
}

type TerminateInstancesResponseParams struct {
	RequestId *string `json:"RequestId,omitnil,omitempty" name:"RequestId"`
}

type TerminateInstancesResponse struct {
	*tchttp.BaseResponse
	Response *TerminateInstancesResponseParams `json:"Response"`
}

func (r *TerminateInstancesResponse) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

func (r *TerminateInstancesResponse) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

type RunInstancesRequest struct {
	*tchttp.BaseRequest

	InstanceChargeType *string `json:"InstanceChargeType,omitnil,omitempty" name:"InstanceChargeType"`
	InstanceType       *string `json:"InstanceType,omitnil,omitempty" name:"InstanceType"`
	ImageId            *string `json:"ImageId,omitnil,omitempty" name:"ImageId"`
	InstanceCount      *int64  `json:"InstanceCount,omitnil,omitempty" name:"InstanceCount"`
	MinCount           *int64  `json:"MinCount,omitnil,omitempty" name:"MinCount"`
	InstanceName       *string `json:"InstanceName,omitnil,omitempty" name:"InstanceName"`
	ClientToken        *string `json:"ClientToken,omitnil,omitempty" name:"ClientToken"`
}

func (r *RunInstancesRequest) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fails with the SDK-side code ClientError.BuildRequestError
// on unknown keys, as the real method does.
func (r *RunInstancesRequest) FromJsonString(s string) error {
	f := make(map[string]interface{})
	if err := json.Unmarshal([]byte(s), &f); err != nil {
		return err
	}
	delete(f, "InstanceChargeType")
	delete(f, "InstanceType")
	delete(f, "ImageId")
	delete(f, "InstanceCount")
	delete(f, "MinCount")
	delete(f, "InstanceName")
	delete(f, "ClientToken")
	if len(f) > 0 {
		return tcerr.NewTencentCloudSDKError("ClientError.BuildRequestError", "RunInstancesRequest has unknown keys!", "")
	}
	return json.Unmarshal([]byte(s), &r)
}

type RunInstancesResponseParams struct {
	InstanceIdSet []*string `json:"InstanceIdSet,omitnil,omitempty" name:"InstanceIdSet"`
	RequestId     *string   `json:"RequestId,omitnil,omitempty" name:"RequestId"`
}

type RunInstancesResponse struct {
	*tchttp.BaseResponse
	Response *RunInstancesResponseParams `json:"Response"`
}

func (r *RunInstancesResponse) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

func (r *RunInstancesResponse) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

type CreateImageRequest struct {
	*tchttp.BaseRequest

	ImageName        *string   `json:"ImageName,omitnil,omitempty" name:"ImageName"`
	InstanceId       *string   `json:"InstanceId,omitnil,omitempty" name:"InstanceId"`
	ImageDescription *string   `json:"ImageDescription,omitnil,omitempty" name:"ImageDescription"`
	ForcePoweroff    *string   `json:"ForcePoweroff,omitnil,omitempty" name:"ForcePoweroff"`
	Sysprep          *string   `json:"Sysprep,omitnil,omitempty" name:"Sysprep"`
	DataDiskIds      []*string `json:"DataDiskIds,omitnil,omitempty" name:"DataDiskIds"`
}

func (r *CreateImageRequest) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fails with the SDK-side code ClientError.BuildRequestError
// on unknown keys, as the real method does.
func (r *CreateImageRequest) FromJsonString(s string) error {
	f := make(map[string]interface{})
	if err := json.Unmarshal([]byte(s), &f); err != nil {
		return err
	}
	delete(f, "ImageName")
	delete(f, "InstanceId")
	delete(f, "ImageDescription")
	delete(f, "ForcePoweroff")
	delete(f, "Sysprep")
	delete(f, "DataDiskIds")
	if len(f) > 0 {
		return tcerr.NewTencentCloudSDKError("ClientError.BuildRequestError", "CreateImageRequest has unknown keys!", "")
	}
	return json.Unmarshal([]byte(s), &r)
}

type CreateImageResponseParams struct {
	ImageId   *string `json:"ImageId,omitnil,omitempty" name:"ImageId"`
	RequestId *string `json:"RequestId,omitnil,omitempty" name:"RequestId"`
}

type CreateImageResponse struct {
	*tchttp.BaseResponse
	Response *CreateImageResponseParams `json:"Response"`
}

func (r *CreateImageResponse) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

func (r *CreateImageResponse) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}
