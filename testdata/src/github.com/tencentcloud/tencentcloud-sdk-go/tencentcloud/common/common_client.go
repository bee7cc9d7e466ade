package common

import "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/profile"

// NewCommonClient returns a client for the generic requests of any product.
func NewCommonClient(cred CredentialIface, region string, clientProfile *profile.ClientProfile) (c *Client) {
	return &Client{region: region, credential: cred, profile: clientProfile}
}
