package cosscenario

import (
	"context"

	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
	cos "github.com/tencentyun/cos-go-sdk-v5"
)

// A helper shared by both SDKs, called with errors of each: every case is
// judged by its own error type's codes. Its callers pass both SDKs'
// errors, so its origin is unknown: only what holds whatever the call is
// reported.
func notFound(err error) bool {
	switch e := err.(type) {
	case *sdkerrors.TencentCloudSDKError:
		switch e.Code {
		case "InvalidInstanceId.NotFound", "InternalError":
			return true
		case "InvalidInstanceId.NotFonud": // want `unknown error code "InvalidInstanceId.NotFonud"; "InvalidInstanceId.NotFound" is compared next to it`
			return true
		case "NoSuchKey": // a COS code, but the origin is unknown here
			return true
		}
	case *cos.ErrorResponse:
		switch e.Code {
		case "NoSuchKey", "InternalError":
			return true
		case "InvalidInstanceId.NotFound": // want `"InvalidInstanceId.NotFound" is an API 3.0 error code, declared by cbs, cvm, vpc, but it is compared with the code of a COS error \(\*cos.ErrorResponse\)`
			return true
		case "NoSuchBuckte": // want `^unknown-code: unknown COS error code "NoSuchBuckte"; did you mean "NoSuchBucket"\?$`
			return true
		case "ResourceNotFound": // one segment: another COS-SDK service may send it
			return true
		}
	}
	return false
}

func useNotFound(ctx context.Context, client *cvm.Client, c *cos.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	if notFound(err) {
		return true
	}
	_, err = c.Object.Get(ctx, "report.csv", nil)
	return notFound(err)
}

// The error of a cvm call, tested as either SDK's: a COS code on the API
// 3.0 error of known origin is a wrong-product; InternalError is both
// sides'.
func perCase(client *cvm.Client) string {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	switch e := err.(type) {
	case *sdkerrors.TencentCloudSDKError:
		switch {
		case e.Code == "NoSuchKey": // want `^wrong-product: "NoSuchKey" is a COS error code \(object storage, cos-go-sdk-v5's \*cos.ErrorResponse\), but the error comes from cvm DescribeInstances, an API 3.0 action, which never returns it$`
			return "a"
		case e.Code == "InternalError", e.Code == "ServiceUnavailable":
			return "b"
		case e.Code == "NotImplemented", e.Code == "PreconditionFailed": // COS codes, but generic HTTP reasons: another service may send them
			return "e"
		case e.Code == "InvalidInstanceId.NotFound" || e.Code == "NoSuchBucket": // copied beside a live branch
			return "c"
		}
	case *cos.ErrorResponse:
		if e.Code == "NoSuchKey" {
			return "d"
		}
	}
	return ""
}
