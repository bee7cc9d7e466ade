// Package uses calls products through another package's generic sender.
package uses

import (
	"errors"

	"genericclient/gateway"

	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	sdkerr "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
)

func describe(c *common.Client) bool {
	err := gateway.Call(c, "cvm", "2017-03-12", "DescribeInstances", nil)
	var e *sdkerr.TencentCloudSDKError
	return errors.As(err, &e) && e.Code == "ResourceNotFound.CdnHostNotExists" // want `"ResourceNotFound.CdnHostNotExists" is declared by cdn, but cvm DescribeInstances never returns it`
}

// The product comes from the caller: not known here.
func describeAny(c *common.Client, product string) bool {
	err := gateway.Call(c, product, "2017-03-12", "DescribeInstances", nil)
	var e *sdkerr.TencentCloudSDKError
	return errors.As(err, &e) && e.Code == "ResourceNotFound.CdnHostNotExists"
}
