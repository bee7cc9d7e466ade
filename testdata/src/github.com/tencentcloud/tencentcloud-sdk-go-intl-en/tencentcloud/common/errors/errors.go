// Package errors is a test stub of the international SDK's error package
// (github.com/tencentcloud/tencentcloud-sdk-go-intl-en v3.0.646+incompatible).
// Its TencentCloudSDKError is a distinct type from the Chinese SDK's, with
// the same shape minus the cause/Unwrap support that version lacks.
package errors

import (
	"fmt"
)

// TencentCloudSDKError is the error every intl-en SDK call returns.
type TencentCloudSDKError struct {
	Code      string
	Message   string
	RequestId string
}

func (e *TencentCloudSDKError) Error() string {
	if e.RequestId == "" {
		return fmt.Sprintf("[TencentCloudSDKError] Code=%s, Message=%s", e.Code, e.Message)
	}
	return fmt.Sprintf("[TencentCloudSDKError] Code=%s, Message=%s, RequestId=%s", e.Code, e.Message, e.RequestId)
}

func NewTencentCloudSDKError(code, message, requestId string) error {
	return &TencentCloudSDKError{
		Code:      code,
		Message:   message,
		RequestId: requestId,
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
