// Stub of cos-go-sdk-v5 v0.7.70 object.go: the object operations as
// declared there, trimmed to Get, Put, Copy, Delete, Head and IsExist and
// to a few option fields; bodies are our own.

package cos

import (
	"context"
	"encoding/xml"
	"io"
	"net/http"
	"net/url"
)

type ObjectService service

type ObjectGetOptions struct {
	ResponseContentType string       `url:"response-content-type,omitempty" header:"-"`
	Range               string       `url:"-" header:"Range,omitempty"`
	IfModifiedSince     string       `url:"-" header:"If-Modified-Since,omitempty"`
	XOptionHeader       *http.Header `header:"-,omitempty" url:"-" xml:"-"`
	XCosTrafficLimit    int          `header:"x-cos-traffic-limit,omitempty" url:"-" xml:"-"`
}

// Get downloads the object; the caller closes resp.Body.
func (s *ObjectService) Get(ctx context.Context, name string, opt *ObjectGetOptions, id ...string) (*Response, error) {
	return s.client.send(ctx, http.MethodGet, "/"+name)
}

type ObjectPutHeaderOptions struct {
	CacheControl       string       `header:"Cache-Control,omitempty" url:"-"`
	ContentDisposition string       `header:"Content-Disposition,omitempty" url:"-"`
	ContentEncoding    string       `header:"Content-Encoding,omitempty" url:"-"`
	ContentType        string       `header:"Content-Type,omitempty" url:"-"`
	ContentMD5         string       `header:"Content-MD5,omitempty" url:"-"`
	ContentLength      int64        `header:"Content-Length,omitempty" url:"-"`
	XCosMetaXXX        *http.Header `header:"x-cos-meta-*,omitempty" url:"-"`
	XCosStorageClass   string       `header:"x-cos-storage-class,omitempty" url:"-"`
	XOptionHeader      *http.Header `header:"-,omitempty" url:"-" xml:"-"`
}

type ObjectPutOptions struct {
	*ACLHeaderOptions       `header:",omitempty" url:"-" xml:"-"`
	*ObjectPutHeaderOptions `header:",omitempty" url:"-" xml:"-"`
}

// Put uploads r as the object.
func (s *ObjectService) Put(ctx context.Context, name string, r io.Reader, uopt *ObjectPutOptions) (*Response, error) {
	return s.client.send(ctx, http.MethodPut, "/"+name)
}

type ObjectCopyHeaderOptions struct {
	CacheControl          string `header:"Cache-Control,omitempty" url:"-"`
	ContentType           string `header:"Content-Type,omitempty" url:"-"`
	XCosMetadataDirective string `header:"x-cos-metadata-directive,omitempty" url:"-" xml:"-"`
}

type ObjectCopyOptions struct {
	*ObjectCopyHeaderOptions `header:",omitempty" url:"-" xml:"-"`
	*ACLHeaderOptions        `header:",omitempty" url:"-" xml:"-"`
}

type ObjectCopyResult struct {
	XMLName      xml.Name `xml:"CopyObjectResult"`
	ETag         string   `xml:"ETag,omitempty"`
	LastModified string   `xml:"LastModified,omitempty"`
	CRC64        string   `xml:"CRC64,omitempty"`
	VersionId    string   `xml:"VersionId,omitempty"`
}

// Copy copies the object at sourceURL to name. COS may answer 200 with an
// error in the body; the real client turns that into an *ErrorResponse.
func (s *ObjectService) Copy(ctx context.Context, name, sourceURL string, opt *ObjectCopyOptions, id ...string) (*ObjectCopyResult, *Response, error) {
	resp, err := s.client.send(ctx, http.MethodPut, "/"+name)
	return nil, resp, err
}

type ObjectDeleteOptions struct {
	XOptionHeader *http.Header `header:"-,omitempty" url:"-" xml:"-"`
	XOptionQuery  *url.Values  `header:"-" url:"-" xml:"-"`
	VersionId     string       `header:"-" url:"VersionId,omitempty" xml:"-"`
}

// Delete deletes the object.
func (s *ObjectService) Delete(ctx context.Context, name string, opt ...*ObjectDeleteOptions) (*Response, error) {
	return s.client.send(ctx, http.MethodDelete, "/"+name)
}

type ObjectHeadOptions struct {
	IfModifiedSince string       `url:"-" header:"If-Modified-Since,omitempty"`
	XOptionHeader   *http.Header `header:"-,omitempty" url:"-" xml:"-"`
}

// Head reads the object's metadata.
func (s *ObjectService) Head(ctx context.Context, name string, opt *ObjectHeadOptions, id ...string) (*Response, error) {
	return s.client.send(ctx, http.MethodHead, "/"+name)
}

// IsExist reports whether the object exists: a 404 is false with no error.
func (s *ObjectService) IsExist(ctx context.Context, name string, id ...string) (bool, error) {
	_, err := s.Head(ctx, name, nil, id...)
	if err == nil {
		return true, nil
	}
	if IsNotFoundError(err) {
		return false, nil
	}
	return false, err
}

type Object struct {
	Key           string `xml:",omitempty"`
	ETag          string `xml:",omitempty"`
	Size          int64  `xml:",omitempty"`
	PartNumber    int    `xml:",omitempty"`
	LastModified  string `xml:",omitempty"`
	StorageClass  string `xml:",omitempty"`
	Owner         *Owner `xml:",omitempty"`
	VersionId     string `xml:",omitempty"`
	StorageTier   string `xml:",omitempty"`
	RestoreStatus string `xml:",omitempty"`
}
