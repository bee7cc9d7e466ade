// Package errors stands for the error package of a private-cloud SDK fork
// that renamed the SDK's error type: same fields and methods, another name
// and module. Made up.
package errors

import "fmt"

// TceCloudSDKError is what the fork's clients return.
type TceCloudSDKError struct {
	Code      string
	Message   string
	RequestId string
}

func (e *TceCloudSDKError) Error() string {
	return fmt.Sprintf("[TceCloudSDKError] Code=%s, Message=%s, RequestId=%s", e.Code, e.Message, e.RequestId)
}

func (e *TceCloudSDKError) GetCode() string      { return e.Code }
func (e *TceCloudSDKError) GetMessage() string   { return e.Message }
func (e *TceCloudSDKError) GetRequestId() string { return e.RequestId }

// NewTceCloudSDKError builds the error.
func NewTceCloudSDKError(code, message, requestId string) error {
	return &TceCloudSDKError{Code: code, Message: message, RequestId: requestId}
}
