package shadow

import (
	"errors"

	cdn "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cdn/v20180606"
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// A local variable named errors hides the errors package: its As is not
// errors.As, and what it sets is not followed.
type asser struct{}

func (asser) As(err error, target any) bool { return false }

func localErrors(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	var e *sdkerrors.TencentCloudSDKError
	{
		errors := asser{}
		if errors.As(err, &e) && e.Code == "ResourceNotFound.CdnHostNotExists" { // e's origin is not known: a real code, silent
			return true
		}
	}
	return errors.As(err, &e) && e.Code == "ResourceNotFound.CdnHostNotExists" // want `"ResourceNotFound.CdnHostNotExists" is declared by cdn, but cvm DescribeInstances never returns it`
}

// An inner err shadows the outer one; what it holds carries no SDK error.
func shadowedErr(client *cvm.Client, d *cdn.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	if err != nil {
		_, err := d.PurgeUrlsCache(cdn.NewPurgeUrlsCacheRequest())
		if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok {
			return e.Code == "ResourceNotFound.CdnHostNotExists" // the inner err: cdn, valid
		}
	}
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "ResourceNotFound.CdnHostNotExists" // want `"ResourceNotFound.CdnHostNotExists" is declared by cdn, but cvm DescribeInstances never returns it`
}

// sdkerrors is also the name of a local variable here: a map.
func shadowedImport(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return false
	}
	sdkerrors := map[string]bool{"InvalidInstanceId.NotFound": true, "InvalidInstanceId.NotFonud": true} // want `unknown error code "InvalidInstanceId.NotFonud" for cvm DescribeInstances`
	return sdkerrors[e.Code]
}
