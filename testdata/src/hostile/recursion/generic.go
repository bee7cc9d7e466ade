package recursion

import (
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	sdkerr "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	tchttp "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/http"
)

type reply struct{ *tchttp.BaseResponse }

// A domain built by a function that calls itself, a sender that calls
// itself with the request it was given, a nil request, a closure that
// calls itself with its own parameter, and Send as a method value: no
// crash, no hang, nothing reported.
func domainOf(product string, depth int) string {
	if depth > 0 {
		return domainOf(product, depth-1)
	}
	return product + ".tencentcloudapi.com"
}

func sendAgain(c *common.Client, req tchttp.Request, tries int) bool {
	err := c.Send(req, &reply{})
	if e, ok := err.(*sdkerr.TencentCloudSDKError); ok && e.Code == "ResourceNotFound.CdnHostNotExists" && tries > 0 {
		return sendAgain(c, req, tries-1)
	}
	return false
}

func startRecursion(c *common.Client) bool {
	req := &tchttp.BaseRequest{}
	req.Init().WithApiInfo("cvm", "2017-03-12", "DescribeInstances")
	req.SetDomain(domainOf("cvm", 3))
	return sendAgain(c, req, 2)
}

func nilRequest(c *common.Client) bool {
	err := c.Send(nil, &reply{})
	e, ok := err.(*sdkerr.TencentCloudSDKError)
	return ok && e.Code == "ResourceNotFound.CdnHostNotExists"
}

func selfCalling(c *common.Client) bool {
	var name func(action string, n int) string
	name = func(action string, n int) string {
		if n > 0 {
			return name(action, n-1)
		}
		return action
	}
	err := c.Send(tchttp.NewCommonRequest("cvm", "2017-03-12", name("DescribeInstances", 2)), &reply{})
	e, ok := err.(*sdkerr.TencentCloudSDKError)
	return ok && e.Code == "ResourceNotFound.CdnHostNotExists"
}

func methodValue(c *common.Client) bool {
	send := c.Send
	err := send(tchttp.NewCommonRequest("cvm", "2017-03-12", "DescribeInstances"), &reply{})
	e, ok := err.(*sdkerr.TencentCloudSDKError)
	return ok && e.Code == "ResourceNotFound.CdnHostNotExists"
}
