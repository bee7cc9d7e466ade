package common

import (
	"errors"

	tcerr "example.com/acme/tencentcloud-sdk-go/tencentcloud/common/errors"
	tchttp "example.com/acme/tencentcloud-sdk-go/tencentcloud/common/http"
	"example.com/acme/tencentcloud-sdk-go/tencentcloud/common/profile"
)

// Client is embedded by every product's Client.
type Client struct {
	region     string
	credential CredentialIface
	profile    *profile.ClientProfile
	debug      bool
}

// Send would sign and post the request. The stub has no network, so it
// returns the error a real client returns when the endpoint is unreachable.
func (c *Client) Send(request tchttp.Request, response tchttp.Response) (err error) {
	cause := errors.New("stub SDK: no network")
	return tcerr.NewTencentCloudSDKErrorWithCause("ClientError.NetworkError", "Fail to get response", "", cause)
}

func (c *Client) GetRegion() string { return c.region }

func (c *Client) Init(region string) *Client {
	c.region = region
	c.profile = profile.NewClientProfile()
	return c
}

func (c *Client) WithSecretId(secretId, secretKey string) *Client {
	c.credential = NewCredential(secretId, secretKey)
	return c
}

func (c *Client) WithCredential(cred CredentialIface) *Client {
	c.credential = cred
	return c
}

func (c *Client) GetCredential() CredentialIface { return c.credential }

func (c *Client) WithProfile(clientProfile *profile.ClientProfile) *Client {
	c.profile = clientProfile
	if clientProfile != nil {
		c.debug = clientProfile.Debug
	}
	return c
}

func (c *Client) WithDebug(flag bool) *Client {
	c.debug = flag
	return c
}

func NewClientWithSecretId(secretId, secretKey, region string) (client *Client, err error) {
	client = &Client{}
	client.Init(region).WithSecretId(secretId, secretKey)
	return
}

// InitBaseRequest fills in the service, version and action of a request
// that was built without its constructor.
func (c *Client) InitBaseRequest(req **tchttp.BaseRequest, mod, ver, act string) {
	if *req == nil {
		*req = &tchttp.BaseRequest{}
	}
	(*req).Init().WithApiInfo(mod, ver, act)
}
