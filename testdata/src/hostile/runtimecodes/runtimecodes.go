// Package runtimecodes builds codes at run time: they are not constants,
// so nothing can be said about them and nothing is reported. A constant
// expression is a constant, however it is spelt.
package runtimecodes

import (
	"fmt"
	"strconv"
	"strings"

	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

func built(client *cvm.Client, suffix string, n int, parts []string) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return false
	}
	return e.Code == "ResourceNotFound."+suffix ||
		e.Code == fmt.Sprintf("InvalidInstanceId.%s", suffix) ||
		e.Code == "InvalidInstanceId."+strconv.Itoa(n) ||
		e.Code == strings.Join(parts, ".") ||
		strings.HasPrefix(e.Code, strings.ToUpper(suffix)) ||
		e.Code == suffix+".NotFonud" ||
		e.Code == string([]byte{'X', '.', 'Y'})
}

// A local variable assigned a run-time value, then compared.
func viaVariable(client *cvm.Client, family string) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	code := family + ".NotFonud"
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == code
}

// The same, reached through a code list built at run time.
func viaList(client *cvm.Client, families []string) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	var codes []string
	for _, f := range families {
		codes = append(codes, f+".NotFound")
	}
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return false
	}
	for _, c := range codes {
		if e.Code == c {
			return true
		}
	}
	return false
}

const family = "InvalidInstanceId"

// Constant expressions are constants: checked.
func constant(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && (e.Code == family+".NotFound" ||
		e.Code == "InvalidInstanceId."+"NotFonud" || // want `unknown error code "InvalidInstanceId.NotFonud" for cvm DescribeInstances; "InvalidInstanceId.NotFound" is compared next to it`
		e.Code == family+".Malformd") // want `unknown error code "InvalidInstanceId.Malformd" for cvm DescribeInstances; did you mean "InvalidInstanceId.Malformed"\?`
}
