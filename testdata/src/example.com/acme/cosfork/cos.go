// Package cos is a trimmed copy of cos-go-sdk-v5 kept inside a program's
// own module: the error type and one service, at another path.
package cos

import (
	"context"
	"net/http"
)

type ErrorResponse struct {
	Response  *http.Response
	Code      string
	Message   string
	Resource  string
	RequestID string
	TraceID   string
}

func (r *ErrorResponse) Error() string { return r.Code }

type Response struct {
	*http.Response
}

type ObjectService struct{}

type Client struct {
	Object *ObjectService
}

func (s *ObjectService) Get(ctx context.Context, name string) (*Response, error) {
	return nil, &ErrorResponse{Code: "NoSuchKey"}
}
