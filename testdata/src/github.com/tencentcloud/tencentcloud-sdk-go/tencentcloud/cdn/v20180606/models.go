package v20180606

import (
	"encoding/json"

	tcerr "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	tchttp "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/http"
)

type DomainFilter struct {
	Name  *string   `json:"Name,omitnil,omitempty" name:"Name"`
	Value []*string `json:"Value,omitnil,omitempty" name:"Value"`
	Fuzzy *bool     `json:"Fuzzy,omitnil,omitempty" name:"Fuzzy"`
}

type DescribeDomainsRequest struct {
	*tchttp.BaseRequest

	Offset  *int64          `json:"Offset,omitnil,omitempty" name:"Offset"`
	Limit   *int64          `json:"Limit,omitnil,omitempty" name:"Limit"`
	Filters []*DomainFilter `json:"Filters,omitnil,omitempty" name:"Filters"`
}

func (r *DescribeDomainsRequest) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fails with the SDK-side code ClientError.BuildRequestError
// on unknown keys, as the real method does.
func (r *DescribeDomainsRequest) FromJsonString(s string) error {
	f := make(map[string]interface{})
	if err := json.Unmarshal([]byte(s), &f); err != nil {
		return err
	}
	delete(f, "Offset")
	delete(f, "Limit")
	delete(f, "Filters")
	if len(f) > 0 {
		return tcerr.NewTencentCloudSDKError("ClientError.BuildRequestError", "DescribeDomainsRequest has unknown keys!", "")
	}
	return json.Unmarshal([]byte(s), &r)
}

type DescribeDomainsResponseParams struct {
	TotalNumber *int64  `json:"TotalNumber,omitnil,omitempty" name:"TotalNumber"`
	RequestId   *string `json:"RequestId,omitnil,omitempty" name:"RequestId"`
}

type DescribeDomainsResponse struct {
	*tchttp.BaseResponse
	Response *DescribeDomainsResponseParams `json:"Response"`
}

func (r *DescribeDomainsResponse) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

func (r *DescribeDomainsResponse) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

type PurgeUrlsCacheRequest struct {
	*tchttp.BaseRequest

	Urls      []*string `json:"Urls,omitnil,omitempty" name:"Urls"`
	Area      *string   `json:"Area,omitnil,omitempty" name:"Area"`
	UrlEncode *bool     `json:"UrlEncode,omitnil,omitempty" name:"UrlEncode"`
}

func (r *PurgeUrlsCacheRequest) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fails with the SDK-side code ClientError.BuildRequestError
// on unknown keys, as the real method does.
func (r *PurgeUrlsCacheRequest) FromJsonString(s string) error {
	f := make(map[string]interface{})
	if err := json.Unmarshal([]byte(s), &f); err != nil {
		return err
	}
	delete(f, "Urls")
	delete(f, "Area")
	delete(f, "UrlEncode")
	if len(f) > 0 {
		return tcerr.NewTencentCloudSDKError("ClientError.BuildRequestError", "PurgeUrlsCacheRequest has unknown keys!", "")
	}
	return json.Unmarshal([]byte(s), &r)
}

type PurgeUrlsCacheResponseParams struct {
	TaskId    *string `json:"TaskId,omitnil,omitempty" name:"TaskId"`
	RequestId *string `json:"RequestId,omitnil,omitempty" name:"RequestId"`
}

type PurgeUrlsCacheResponse struct {
	*tchttp.BaseResponse
	Response *PurgeUrlsCacheResponseParams `json:"Response"`
}

func (r *PurgeUrlsCacheResponse) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

func (r *PurgeUrlsCacheResponse) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}
