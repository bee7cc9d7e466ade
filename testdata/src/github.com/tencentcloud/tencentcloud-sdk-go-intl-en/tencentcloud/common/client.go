package common

import (
	tcerr "github.com/tencentcloud/tencentcloud-sdk-go-intl-en/tencentcloud/common/errors"
	tchttp "github.com/tencentcloud/tencentcloud-sdk-go-intl-en/tencentcloud/common/http"
	"github.com/tencentcloud/tencentcloud-sdk-go-intl-en/tencentcloud/common/profile"
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
	return tcerr.NewTencentCloudSDKError("ClientError.NetworkError", "Fail to get response: stub SDK: no network", "")
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
