package main

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"time"

	cos "github.com/tencentyun/cos-go-sdk-v5"
)

// Object storage goes through its own SDK, cos-go-sdk-v5, whose errors are
// *cos.ErrorResponse values with COS's XML codes.

func newCOSClient(bucketURL string) (*cos.Client, error) {
	u, err := url.Parse(bucketURL)
	if err != nil {
		return nil, err
	}
	return cos.NewClient(&cos.BaseURL{BucketURL: u}, &http.Client{}), nil
}

// readReport returns nil, nil when the object is gone.
func readReport(ctx context.Context, c *cos.Client) (*cos.Response, error) {
	resp, err := c.Object.Get(ctx, "reports/latest.csv", nil)
	if e, ok := cos.IsCOSError(err); ok {
		switch e.Code {
		case "NoSuchKey":
			return nil, nil
		case "NoSuchBuckets": // want: unknown-code
			return nil, errors.New("bucket gone")
		case "ResourceNotFound": // want: wrong-product
			return nil, nil
		}
	}
	return resp, err
}

// ensureBucket creates the bucket unless it is already ours.
func ensureBucket(ctx context.Context, c *cos.Client) error {
	_, err := c.Bucket.Put(ctx, nil)
	var e *cos.ErrorResponse
	if errors.As(err, &e) && e.Code == "BucketAlreadyOwnedByYOU" { // want: wrong-case
		return nil
	}
	return err
}

// uploadReport retries throttling and server errors, but not a request
// COS timed out reading (RequestTimeout, a 400 the SDK never retries) nor
// an unavailable service.
func uploadReport(ctx context.Context, c *cos.Client, body string) error {
	for attempt := 0; ; attempt++ { // want: retry-incomplete
		_, err := c.Object.Put(ctx, "reports/latest.csv", strings.NewReader(body), nil)
		if err == nil || attempt == 4 {
			return err
		}
		if e, ok := cos.IsCOSError(err); ok && (e.Code == "SlowDown" || e.Code == "InternalError") {
			time.Sleep(time.Duration(attempt+1) * time.Second)
			continue
		}
		return err
	}
}
