// Stub of cos-go-sdk-v5 v0.7.70 cos.go: the client, its configuration and
// the response type as declared there, trimmed (Batch, CI and MetaInsight
// services are left out); bodies are our own.

package cos

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"time"
)

// BaseURL holds the endpoints the services send to.
type BaseURL struct {
	BucketURL      *url.URL
	ServiceURL     *url.URL
	BatchURL       *url.URL
	CIURL          *url.URL
	FetchURL       *url.URL
	MetaInsightURL *url.URL
}

// NewBucketURL builds a bucket endpoint: <bucket>.cos.<region>.myqcloud.com.
func NewBucketURL(bucketName, region string, secure bool) (*url.URL, error) {
	scheme := "https"
	if !secure {
		scheme = "http"
	}
	if bucketName == "" || region == "" {
		return nil, errors.New("bucket name and region are required")
	}
	return url.Parse(scheme + "://" + bucketName + ".cos." + region + ".myqcloud.com")
}

// RetryOptions configure the client's own retries: it retries a request
// that got no answer or an answer of status 500 or more.
type RetryOptions struct {
	Count          int
	Interval       time.Duration
	AutoSwitchHost bool
}

type Config struct {
	EnableCRC              bool
	RequestBodyClose       bool
	RetryOpt               RetryOptions
	ObjectKeySimplifyCheck bool
}

// Client talks to COS; its services hold the operations.
type Client struct {
	client *http.Client

	Host      string
	UserAgent string
	BaseURL   *BaseURL

	common service

	Service *ServiceService
	Bucket  *BucketService
	Object  *ObjectService

	Conf *Config
}

type service struct {
	client *Client
}

// NewClient returns a client for the endpoints of uri.
func NewClient(uri *BaseURL, httpClient *http.Client) *Client {
	if httpClient == nil {
		httpClient = &http.Client{}
	}
	if uri == nil {
		uri = &BaseURL{}
	}
	c := &Client{
		client:  httpClient,
		BaseURL: uri,
		Conf:    &Config{EnableCRC: true, RetryOpt: RetryOptions{Count: 3}, ObjectKeySimplifyCheck: true},
	}
	c.common.client = c
	c.Service = (*ServiceService)(&c.common)
	c.Bucket = (*BucketService)(&c.common)
	c.Object = (*ObjectService)(&c.common)
	return c
}

// Response wraps the HTTP response of a COS operation.
type Response struct {
	*http.Response
}

// send stands in for the real client's request path: no request gets
// through, so every attempt fails and the errors come back as a
// *RetryError, never as an *ErrorResponse.
func (c *Client) send(ctx context.Context, method, uri string) (*Response, error) {
	attempts := c.Conf.RetryOpt.Count
	if attempts < 1 {
		attempts = 1
	}
	errs := &RetryError{}
	for i := 0; i < attempts; i++ {
		if err := ctx.Err(); err != nil {
			errs.Add(err)
			continue
		}
		errs.Add(errors.New(method + " " + uri + ": no network in the stub"))
	}
	return nil, errs
}

type Owner struct {
	UIN         string `xml:"uin,omitempty"`
	ID          string `xml:",omitempty"`
	DisplayName string `xml:",omitempty"`
}

type ACLHeaderOptions struct {
	XCosACL              string `header:"x-cos-acl,omitempty" url:"-" xml:"-"`
	XCosGrantRead        string `header:"x-cos-grant-read,omitempty" url:"-" xml:"-"`
	XCosGrantWrite       string `header:"x-cos-grant-write,omitempty" url:"-" xml:"-"`
	XCosGrantFullControl string `header:"x-cos-grant-full-control,omitempty" url:"-" xml:"-"`
	XCosGrantReadACP     string `header:"x-cos-grant-read-acp,omitempty" url:"-" xml:"-"`
	XCosGrantWriteACP    string `header:"x-cos-grant-write-acp,omitempty" url:"-" xml:"-"`
}
