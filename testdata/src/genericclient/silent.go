package genericclient

import (
	"fmt"

	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	sdkerr "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	tchttp "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/http"
)

type settings struct{ endpoint string }

// A domain from configuration may reach any backend: unknown product.
func configured(c *common.Client, s settings) bool {
	req := &tchttp.BaseRequest{}
	req.Init().WithApiInfo("cvm", "2017-03-12", "DescribeInstances")
	req.SetDomain(s.endpoint)
	err := c.Send(req, newResponse())
	e, ok := err.(*sdkerr.TencentCloudSDKError)
	return ok && e.Code == "ResourceNotFound.CdnHostNotExists"
}

// A domain of another service than the one signed for: not followed.
func mismatched(c *common.Client) bool {
	req := &tchttp.BaseRequest{}
	req.Init().WithApiInfo("cvm", "2017-03-12", "DescribeInstances")
	req.SetDomain("cdn.tencentcloudapi.com")
	err := c.Send(req, newResponse())
	e, ok := err.(*sdkerr.TencentCloudSDKError)
	return ok && e.Code == "ResourceNotFound.CdnHostNotExists"
}

// A version that is not a date names no product package.
func undated(c *common.Client) bool {
	err := c.Send(tchttp.NewCommonRequest("cvm", "latest", "DescribeInstances"), newResponse())
	e, ok := err.(*sdkerr.TencentCloudSDKError)
	return ok && e.Code == "ResourceNotFound.CdnHostNotExists"
}

// One caller builds its action at run time, so the sender's callers are
// not all known: its comparisons are not judged against a partial list.
func deliver(c *common.Client, req tchttp.Request) bool {
	err := c.Send(req, newResponse())
	e, ok := err.(*sdkerr.TencentCloudSDKError)
	return ok && e.Code == "ResourceNotFound.CdnHostNotExists"
}

func describeKnown(c *common.Client) bool {
	return deliver(c, tchttp.NewCommonRequest("cvm", "2017-03-12", "DescribeInstances"))
}

func describeAny(c *common.Client, kind string) bool {
	return deliver(c, tchttp.NewCommonRequest("cvm", "2017-03-12", fmt.Sprintf("Describe%s", kind)))
}

// Exported: other packages may send other products' requests through it.
func Deliver(c *common.Client, req tchttp.Request) bool {
	err := c.Send(req, newResponse())
	e, ok := err.(*sdkerr.TencentCloudSDKError)
	return ok && e.Code == "ResourceNotFound.CdnHostNotExists"
}

func describeThroughDeliver(c *common.Client) bool {
	return Deliver(c, tchttp.NewCommonRequest("cvm", "2017-03-12", "DescribeInstances"))
}

// A request built by another function is not followed.
func prepared() *tchttp.CommonRequest {
	return tchttp.NewCommonRequest("cvm", "2017-03-12", "DescribeInstances")
}

func sendPrepared(c *common.Client) bool {
	err := c.Send(prepared(), newResponse())
	e, ok := err.(*sdkerr.TencentCloudSDKError)
	return ok && e.Code == "ResourceNotFound.CdnHostNotExists"
}
