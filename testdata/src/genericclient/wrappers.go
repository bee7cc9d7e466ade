// Package genericclient calls products through the SDK's generic client:
// requests named by strings, carried down through wrappers from the call
// sites, as multi-cloud adaptors write them.
package genericclient

import (
	"errors"
	"strings"

	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	sdkerr "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	tchttp "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/http"
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/profile"
)

type anyResponse struct {
	*tchttp.BaseResponse
	Response map[string]interface{} `json:"Response"`
}

func newResponse() *anyResponse { return &anyResponse{BaseResponse: &tchttp.BaseResponse{}} }

// endpointOf is the product's public domain, or its finance-zone one.
func endpointOf(product, region string) string {
	if strings.HasSuffix(region, "-fsi") {
		return product + "." + region + ".tencentcloudapi.com"
	}
	return product + ".tencentcloudapi.com"
}

// invoke names the request by the domain's first label.
func invoke(c *common.Client, domain, version, action string, args map[string]string) error {
	req := &tchttp.BaseRequest{}
	req.Init().WithApiInfo(strings.Split(domain, ".")[0], version, action)
	req.SetDomain(domain)
	for k, v := range args {
		req.GetParams()[k] = v
	}
	return c.Send(req, newResponse())
}

func diskCall(c *common.Client, region, action string, args map[string]string) error {
	return invoke(c, endpointOf("cbs", region), "2017-03-12", action, args)
}

func billCall(c *common.Client, action string) error {
	return invoke(c, "billing.tencentcloudapi.com", "2018-07-09", action, nil)
}

func growDisk(c *common.Client, id string) bool {
	err := diskCall(c, "ap-guangzhou", "ResizeDisk", map[string]string{"DiskId": id})
	e, ok := err.(*sdkerr.TencentCloudSDKError)
	return ok && e.Code == "InvalidDisk.Busy" // cbs ResizeDisk documents it
}

func lowBalance(c *common.Client) bool {
	err := billCall(c, "DescribeAccountBalance")
	e, ok := err.(*sdkerr.TencentCloudSDKError)
	return ok && e.Code == "InvalidDisk.Busy" // want `"InvalidDisk.Busy" is declared by cbs, but billing DescribeAccountBalance never returns it`
}

// A local action name reaches the request too.
func renewDisk(c *common.Client, id string) bool {
	action := "RenewDisk"
	err := diskCall(c, "ap-shanghai-fsi", action, map[string]string{"DiskId": id})
	var e *sdkerr.TencentCloudSDKError
	return errors.As(err, &e) && e.Code == "ResourceNotFound.CdnHostNotExists" // want `"ResourceNotFound.CdnHostNotExists" is declared by cdn, but cbs RenewDisk never returns it`
}

// The SDK's own generic request and client.
func listInstances(cred common.CredentialIface) bool {
	c := common.NewCommonClient(cred, "ap-guangzhou", profile.NewClientProfile())
	req := tchttp.NewCommonRequest("cvm", "2017-03-12", "DescribeInstances")
	err := c.Send(req, newResponse())
	var e *sdkerr.TencentCloudSDKError
	if errors.As(err, &e) {
		return e.Code == "ResourceNotFound.CdnHostNotExists" // want `"ResourceNotFound.CdnHostNotExists" is declared by cdn, but cvm DescribeInstances never returns it`
	}
	return false
}
