// Package errors is the fork's copy of the SDK error package (common
// v1.3.210): same type name, fields and methods, distinct type.
package errors

import (
	"fmt"
)

// TencentCloudSDKError is the error every SDK call returns: a server-side
// error code from the API response, or a ClientError.* code produced by the
// SDK itself.
type TencentCloudSDKError struct {
	Code      string
	Message   string
	RequestId string
	cause     error
}

func (e *TencentCloudSDKError) Error() string {
	var cause string
	if e.cause != nil {
		cause = ": " + e.cause.Error()
	}
	if e.RequestId == "" {
		return fmt.Sprintf("[TencentCloudSDKError] Code=%s, Message=%s%s", e.Code, e.Message, cause)
	}
	return fmt.Sprintf("[TencentCloudSDKError] Code=%s, Message=%s, RequestId=%s%s", e.Code, e.Message, e.RequestId, cause)
}

// Unwrap returns the underlying error, if any (added in v1.3.184).
func (e *TencentCloudSDKError) Unwrap() error {
	return e.cause
}

func NewTencentCloudSDKError(code, message, requestId string) error {
	return &TencentCloudSDKError{
		Code:      code,
		Message:   message,
		RequestId: requestId,
	}
}

// NewTencentCloudSDKErrorWithCause is like NewTencentCloudSDKError but keeps
// cause reachable through Unwrap (added in v1.3.184).
func NewTencentCloudSDKErrorWithCause(code, message, requestId string, cause error) error {
	return &TencentCloudSDKError{
		Code:      code,
		Message:   message,
		RequestId: requestId,
		cause:     cause,
	}
}

func (e *TencentCloudSDKError) GetCode() string {
	return e.Code
}

func (e *TencentCloudSDKError) GetMessage() string {
	return e.Message
}

func (e *TencentCloudSDKError) GetRequestId() string {
	return e.RequestId
}
