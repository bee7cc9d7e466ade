// Package errors is a trimmed vendored copy of the SDK's errors package.
package errors

import "fmt"

// TencentCloudSDKError is the SDK's error.
type TencentCloudSDKError struct {
	Code      string
	Message   string
	RequestId string
}

func (e *TencentCloudSDKError) Error() string {
	return fmt.Sprintf("[TencentCloudSDKError] Code=%s, Message=%s, RequestId=%s", e.Code, e.Message, e.RequestId)
}

// GetCode returns the code.
func (e *TencentCloudSDKError) GetCode() string { return e.Code }
