package v20210323

import (
	"encoding/json"

	tcerr "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	tchttp "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/http"
)

type DescribeDomainRequest struct {
	*tchttp.BaseRequest

	Domain   *string `json:"Domain,omitnil,omitempty" name:"Domain"`
	DomainId *uint64 `json:"DomainId,omitnil,omitempty" name:"DomainId"`
}

func (r *DescribeDomainRequest) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fails with the SDK-side code ClientError.BuildRequestError
// on unknown keys, as the real method does.
func (r *DescribeDomainRequest) FromJsonString(s string) error {
	f := make(map[string]interface{})
	if err := json.Unmarshal([]byte(s), &f); err != nil {
		return err
	}
	delete(f, "Domain")
	delete(f, "DomainId")
	if len(f) > 0 {
		return tcerr.NewTencentCloudSDKError("ClientError.BuildRequestError", "DescribeDomainRequest has unknown keys!", "")
	}
	return json.Unmarshal([]byte(s), &r)
}

type DescribeDomainResponseParams struct {
	RequestId *string `json:"RequestId,omitnil,omitempty" name:"RequestId"`
}

type DescribeDomainResponse struct {
	*tchttp.BaseResponse
	Response *DescribeDomainResponseParams `json:"Response"`
}

func (r *DescribeDomainResponse) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

func (r *DescribeDomainResponse) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

type DescribeRecordListRequest struct {
	*tchttp.BaseRequest

	Domain       *string `json:"Domain,omitnil,omitempty" name:"Domain"`
	DomainId     *uint64 `json:"DomainId,omitnil,omitempty" name:"DomainId"`
	Subdomain    *string `json:"Subdomain,omitnil,omitempty" name:"Subdomain"`
	RecordType   *string `json:"RecordType,omitnil,omitempty" name:"RecordType"`
	RecordLine   *string `json:"RecordLine,omitnil,omitempty" name:"RecordLine"`
	RecordLineId *string `json:"RecordLineId,omitnil,omitempty" name:"RecordLineId"`
}

func (r *DescribeRecordListRequest) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fails with the SDK-side code ClientError.BuildRequestError
// on unknown keys, as the real method does.
func (r *DescribeRecordListRequest) FromJsonString(s string) error {
	f := make(map[string]interface{})
	if err := json.Unmarshal([]byte(s), &f); err != nil {
		return err
	}
	delete(f, "Domain")
	delete(f, "DomainId")
	delete(f, "Subdomain")
	delete(f, "RecordType")
	delete(f, "RecordLine")
	delete(f, "RecordLineId")
	if len(f) > 0 {
		return tcerr.NewTencentCloudSDKError("ClientError.BuildRequestError", "DescribeRecordListRequest has unknown keys!", "")
	}
	return json.Unmarshal([]byte(s), &r)
}

type DescribeRecordListResponseParams struct {
	RequestId *string `json:"RequestId,omitnil,omitempty" name:"RequestId"`
}

type DescribeRecordListResponse struct {
	*tchttp.BaseResponse
	Response *DescribeRecordListResponseParams `json:"Response"`
}

func (r *DescribeRecordListResponse) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

func (r *DescribeRecordListResponse) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

type CreateRecordRequest struct {
	*tchttp.BaseRequest

	Domain     *string `json:"Domain,omitnil,omitempty" name:"Domain"`
	RecordType *string `json:"RecordType,omitnil,omitempty" name:"RecordType"`
	RecordLine *string `json:"RecordLine,omitnil,omitempty" name:"RecordLine"`
	Value      *string `json:"Value,omitnil,omitempty" name:"Value"`
	DomainId   *uint64 `json:"DomainId,omitnil,omitempty" name:"DomainId"`
	SubDomain  *string `json:"SubDomain,omitnil,omitempty" name:"SubDomain"`
}

func (r *CreateRecordRequest) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fails with the SDK-side code ClientError.BuildRequestError
// on unknown keys, as the real method does.
func (r *CreateRecordRequest) FromJsonString(s string) error {
	f := make(map[string]interface{})
	if err := json.Unmarshal([]byte(s), &f); err != nil {
		return err
	}
	delete(f, "Domain")
	delete(f, "RecordType")
	delete(f, "RecordLine")
	delete(f, "Value")
	delete(f, "DomainId")
	delete(f, "SubDomain")
	if len(f) > 0 {
		return tcerr.NewTencentCloudSDKError("ClientError.BuildRequestError", "CreateRecordRequest has unknown keys!", "")
	}
	return json.Unmarshal([]byte(s), &r)
}

type CreateRecordResponseParams struct {
	RecordId  *uint64 `json:"RecordId,omitnil,omitempty" name:"RecordId"`
	RequestId *string `json:"RequestId,omitnil,omitempty" name:"RequestId"`
}

type CreateRecordResponse struct {
	*tchttp.BaseResponse
	Response *CreateRecordResponseParams `json:"Response"`
}

func (r *CreateRecordResponse) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

func (r *CreateRecordResponse) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}
