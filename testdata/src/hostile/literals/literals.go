// Package literals compares codes with long, escaped, raw and non-ASCII
// string literals. Only code-shaped strings (ASCII letters, digits, '_'
// and '.') are codes: anything else is never checked, even when it looks
// like a code to a reader.
package literals

import (
	"strings"

	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// Free text, however long, is not a code.
func longText(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && (e.Code == "The instance you asked about could not be found in this region; The instance you asked about could not be found in this region; The instance you asked about could not be found in this region; The instance you asked about could not be found in this region; The instance you asked about could not be found in this region; The instance you asked about could not be found in this region; " || strings.Contains(e.Code, "The instance you asked about could not be found in this region; The instance you asked about could not be found in this region; The instance you asked about could not be found in this region; The instance you asked about could not be found in this region; The instance you asked about could not be found in this region; The instance you asked about could not be found in this region; "))
}

// A long code-shaped string is a code with nothing near: not reported, and
// the comparison after it is still judged.
func longCode(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && (e.Code == "InvalidParameter.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" ||
		e.Code == "InvalidInstanceId.NotFonud") // want `did you mean "InvalidInstanceId.NotFound"\?`
}

// Non-ASCII text is not code-shaped: Chinese text, a full-width letter, a
// no-break space or a zero-width space after a real code, an accented
// letter. None of these can equal a real code, but the analyzer does not
// say so: they are not codes to it.
func nonASCII(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && (e.Code == "实例不存在" ||
		e.Code == "ＩnvalidInstanceId.NotFound" ||
		e.Code == "InvalidInstanceId.NotFound\u00a0" ||
		e.Code == "InvalidInstanceId.NotFound\u200b" ||
		e.Code == "InvalidInstanceId.NotFöund" ||
		strings.HasPrefix(e.Code, "资源"))
}

// Escapes are resolved before the check; raw strings are strings.
func escaped(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && (e.Code == "Invalid\x49nstanceId.NotFo\u0075nd" || // InvalidInstanceId.NotFound
		e.Code == "InvalidInstanceId.NotFonu\x64" || // want `unknown error code "InvalidInstanceId.NotFonud" for cvm DescribeInstances; "InvalidInstanceId.NotFound" is compared next to it`
		e.Code == `InvalidInstanceId.Malformd`) // want `did you mean "InvalidInstanceId.Malformed"\?`
}

// In err.Error() the SDK writes "Code=X"; text around it that is not a
// code is not checked.
func message(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	return err != nil && (strings.Contains(err.Error(), "错误码 Code=InvalidInstanceId.NotFonud") ||
		strings.Contains(err.Error(), "Code=InvalidInstanceId.NotFonud,") || // want `unknown error code "InvalidInstanceId.NotFonud" for cvm DescribeInstances`
		strings.Contains(err.Error(), "Code=\u5b9e\u4f8b,"))
}
