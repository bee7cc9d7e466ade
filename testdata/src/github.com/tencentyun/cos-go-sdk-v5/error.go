// Stub of cos-go-sdk-v5 v0.7.70 error.go: the error types and helpers as
// declared there; bodies are our own.

package cos

import (
	"encoding/xml"
	"fmt"
	"net/http"
	"strings"
)

// RetryError collects the errors of each attempt when no attempt got a COS
// answer.
type RetryError struct {
	Errs []error
}

func (r *RetryError) Error() string {
	msgs := make([]string, len(r.Errs))
	for i, err := range r.Errs {
		msgs[i] = err.Error()
	}
	return strings.Join(msgs, "; ")
}

func (r *RetryError) Add(err error) {
	r.Errs = append(r.Errs, err)
}

// ErrorResponse is COS's answer to a failed request: the XML error body,
// whose Code is one of the codes of COS's error-code page, and the HTTP
// response it came in.
type ErrorResponse struct {
	XMLName   xml.Name       `xml:"Error"`
	Response  *http.Response `xml:"-"`
	Code      string
	Message   string
	Resource  string
	RequestID string `header:"x-cos-request-id,omitempty" url:"-" xml:"RequestId,omitempty"`
	TraceID   string `xml:"TraceId,omitempty"`
}

func (r *ErrorResponse) Error() string {
	status := 0
	if r.Response != nil {
		status = r.Response.StatusCode
	}
	return fmt.Sprintf("%d %v(Message: %v, RequestId: %v, TraceId: %v)", status, r.Code, r.Message, r.RequestID, r.TraceID)
}

// IsNotFoundError reports whether e is an *ErrorResponse with HTTP status
// 404, whatever its Code.
func IsNotFoundError(e error) bool {
	err, ok := e.(*ErrorResponse)
	return ok && err.Response != nil && err.Response.StatusCode == 404
}

// IsCOSError returns e as an *ErrorResponse when it is one (a plain type
// assertion: a wrapped one is not found).
func IsCOSError(e error) (*ErrorResponse, bool) {
	err, ok := e.(*ErrorResponse)
	return err, ok
}
