// Package cgo calls C. The go command hands analyzers cgo's output, which
// carries a generated-code header; the file it stands for is hand-written,
// and its comparisons are checked.
package cgo

/*
static int answer(void) { return 42; }
*/
import "C"

import (
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// Answer calls C.
func Answer() int { return int(C.answer()) }

func check(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && (e.Code == "InvalidInstanceId.NotFonud" || // want `unknown error code "InvalidInstanceId.NotFonud" for cvm DescribeInstances`
		e.Code == "ResourceNotFound.CdnHostNotExists") // want `is declared by cdn, but cvm DescribeInstances never returns it`
}
