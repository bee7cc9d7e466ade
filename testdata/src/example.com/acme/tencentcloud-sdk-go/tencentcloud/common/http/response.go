package common

// Response is implemented by every product response type through the
// embedded *BaseResponse.
type Response interface {
	ParseErrorFromHTTPResponse(body []byte) error
}

// BaseResponse is embedded (as a pointer) in every product response type.
type BaseResponse struct{}

// ParseErrorFromHTTPResponse is a no-op in the stub: there is no HTTP.
func (r *BaseResponse) ParseErrorFromHTTPResponse(body []byte) error { return nil }
