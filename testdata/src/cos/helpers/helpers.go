package helpers // want package:"sdkUser"

// COS codes passed to code helpers: a helper of COS codes alone, and one
// shared by both SDKs whose codes are judged, at each call, by the error
// the call passes.

import (
	"context"
	"slices"

	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
	cos "github.com/tencentyun/cos-go-sdk-v5"
)

// IsCOSExpected compares a COS error's code with its caller's list, as the
// Terraform provider's isCosExpectedError does.
func IsCOSExpected(err error, expected []string) bool { // want IsCOSExpected:`codeHelper\(err 0, codes 1, exact, cos\)`
	e, ok := err.(*cos.ErrorResponse)
	return ok && slices.Contains(expected, e.Code)
}

// RetryError is shared by both SDKs: the caller's extra codes are compared
// in either case, beside each case's own.
func RetryError(err error, extra ...string) bool { // want RetryError:`codeHelper\(err 0, codes 1, exact, builtin InternalError, api3\+cos, cos builtin SlowDown\)`
	switch e := err.(type) {
	case *sdkerrors.TencentCloudSDKError:
		return e.Code == "InternalError" || slices.Contains(extra, e.Code)
	case *cos.ErrorResponse:
		return e.Code == "SlowDown" || slices.Contains(extra, e.Code)
	}
	return false
}

func getObject(ctx context.Context, c *cos.Client) bool {
	_, err := c.Object.Get(ctx, "report.csv", nil)
	return IsCOSExpected(err, []string{"NoSuchKeys", "NoSuchBucket"}) // want `unknown COS error code "NoSuchKeys" for cos Object.Get; did you mean "NoSuchKey"\?`
}

func unknownOrigin(err error) bool {
	return IsCOSExpected(err, []string{"NosuchBucket", "ResourceNotFound"}) // want `wrong-case: "NosuchBucket" differs only in letter case from "NoSuchBucket"`
}

// The shared helper's codes, judged by the error each call passes.
func shared(ctx context.Context, c *cos.Client, client *cvm.Client) bool {
	_, err := c.Object.Get(ctx, "report.csv", nil)
	if RetryError(err, "NoSuchKeys", "InvalidInstanceId.NotFound") { // want `unknown COS error code "NoSuchKeys" for cos Object.Get` `"InvalidInstanceId.NotFound" is an API 3.0 error code, declared by cbs, cvm, vpc, but it is compared with the code of a COS error \(\*cos.ErrorResponse of cos Object.Get\)`
		return true
	}
	_, err = client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	return RetryError(err, "NoSuchKey", "InvalidInstanceId.NotFound") // want `"NoSuchKey" is a COS error code \(object storage, cos-go-sdk-v5's \*cos.ErrorResponse\), but the error comes from cvm DescribeInstances`
}

// A retry predicate built on the COS helper: retry-incomplete by COS's
// transient codes, with the missing ones added to the list.
func shouldRetryCOS(err error) bool { // want `COS retry logic retries InternalError, SlowDown but never retries RequestTimeout, ServiceUnavailable`
	return IsCOSExpected(err, []string{"SlowDown", "InternalError"})
}

// The shared helper with a COS error: its own SlowDown counts, the API 3.0
// case's InternalError does not.
func retryCOSCall(ctx context.Context, c *cos.Client) bool {
	for i := 0; i < 3; i++ { // want `COS retry logic for cos Object.Head retries SlowDown but never retries InternalError, RequestTimeout, ServiceUnavailable`
		_, err := c.Object.Head(ctx, "report.csv", nil)
		if err == nil {
			return true
		}
		if RetryError(err) {
			continue
		}
		return false
	}
	return false
}
