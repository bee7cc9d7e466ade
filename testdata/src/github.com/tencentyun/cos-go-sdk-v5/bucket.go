// Stub of cos-go-sdk-v5 v0.7.70 bucket.go: the bucket operations as
// declared there, trimmed to Get, Put, Delete, Head and IsExist and to a
// few option fields; bodies are our own.

package cos

import (
	"context"
	"encoding/xml"
	"net/http"
)

type BucketService service

type BucketGetResult struct {
	XMLName        xml.Name `xml:"ListBucketResult"`
	Name           string
	Prefix         string `xml:"Prefix,omitempty"`
	Marker         string `xml:"Marker,omitempty"`
	NextMarker     string `xml:"NextMarker,omitempty"`
	Delimiter      string `xml:"Delimiter,omitempty"`
	MaxKeys        int
	IsTruncated    bool
	Contents       []Object `xml:"Contents,omitempty"`
	CommonPrefixes []string `xml:"CommonPrefixes>Prefix,omitempty"`
	EncodingType   string   `xml:"EncodingType,omitempty"`
}

type BucketGetOptions struct {
	Prefix        string       `url:"prefix,omitempty" header:"-" xml:"-"`
	Delimiter     string       `url:"delimiter,omitempty" header:"-" xml:"-"`
	EncodingType  string       `url:"encoding-type,omitempty" header:"-" xml:"-"`
	Marker        string       `url:"marker,omitempty" header:"-" xml:"-"`
	MaxKeys       int          `url:"max-keys,omitempty" header:"-" xml:"-"`
	XOptionHeader *http.Header `header:"-,omitempty" url:"-" xml:"-"`
}

// Get lists the objects of the bucket.
func (s *BucketService) Get(ctx context.Context, opt *BucketGetOptions) (*BucketGetResult, *Response, error) {
	resp, err := s.client.send(ctx, http.MethodGet, "/")
	return nil, resp, err
}

type BucketPutOptions struct {
	XCosACL              string       `header:"x-cos-acl,omitempty" url:"-" xml:"-"`
	XCosGrantRead        string       `header:"x-cos-grant-read,omitempty" url:"-" xml:"-"`
	XCosGrantWrite       string       `header:"x-cos-grant-write,omitempty" url:"-" xml:"-"`
	XCosGrantFullControl string       `header:"x-cos-grant-full-control,omitempty" url:"-" xml:"-"`
	XCosTagging          string       `header:"x-cos-tagging,omitempty" url:"-" xml:"-"`
	XOptionHeader        *http.Header `header:"-,omitempty" url:"-" xml:"-"`
}

// Put creates the bucket.
func (s *BucketService) Put(ctx context.Context, opt *BucketPutOptions) (*Response, error) {
	return s.client.send(ctx, http.MethodPut, "/")
}

type BucketDeleteOptions struct {
	XOptionHeader *http.Header `header:"-,omitempty" url:"-" xml:"-"`
}

// Delete deletes the bucket, which must be empty.
func (s *BucketService) Delete(ctx context.Context, opt ...*BucketDeleteOptions) (*Response, error) {
	return s.client.send(ctx, http.MethodDelete, "/")
}

type BucketHeadOptions struct {
	XOptionHeader *http.Header `header:"-,omitempty" url:"-" xml:"-"`
}

// Head checks that the bucket exists and may be accessed.
func (s *BucketService) Head(ctx context.Context, opt ...*BucketHeadOptions) (*Response, error) {
	return s.client.send(ctx, http.MethodHead, "/")
}

// IsExist reports whether the bucket exists: a 404 is false with no error.
func (s *BucketService) IsExist(ctx context.Context) (bool, error) {
	_, err := s.Head(ctx)
	if err == nil {
		return true, nil
	}
	if IsNotFoundError(err) {
		return false, nil
	}
	return false, err
}

type Bucket struct {
	Name         string
	Region       string `xml:"Location,omitempty"`
	CreationDate string `xml:",omitempty"`
	Type         string `xml:",omitempty"`
	BucketType   string `xml:",omitempty"`
}
