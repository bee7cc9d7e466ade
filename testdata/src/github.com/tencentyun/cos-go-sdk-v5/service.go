// Stub of cos-go-sdk-v5 v0.7.70 service.go: GET Service (list buckets) as
// declared there; the body is our own.

package cos

import (
	"context"
	"encoding/xml"
	"net/http"
)

type ServiceService service

type ServiceGetResult struct {
	XMLName     xml.Name `xml:"ListAllMyBucketsResult"`
	Owner       *Owner   `xml:"Owner"`
	Buckets     []Bucket `xml:"Buckets>Bucket,omitempty"`
	Marker      string   `xml:"Marker"`
	NextMarker  string   `xml:"NextMarker"`
	IsTruncated bool     `xml:"IsTruncated"`
}

type ServiceGetOptions struct {
	TagKey     string `url:"tagkey,omitempty"`
	TagValue   string `url:"tagvalue,omitempty"`
	MaxKeys    int64  `url:"max-keys,omitempty"`
	Marker     string `url:"marker,omitempty"`
	Range      string `url:"range,omitempty"`
	CreateTime int64  `url:"create-time,omitempty"`
	Region     string `url:"region,omitempty"`
}

// Get lists the buckets of the account.
func (s *ServiceService) Get(ctx context.Context, opt ...*ServiceGetOptions) (*ServiceGetResult, *Response, error) {
	resp, err := s.client.send(ctx, http.MethodGet, "/")
	return nil, resp, err
}
