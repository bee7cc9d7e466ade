// Package common is the fork's base client. Made up.
package common

import tceerrors "example.com/private/tcecloud-sdk-go/tcecloud/common/errors"

// Client is embedded by every product's Client.
type Client struct {
	region string
}

// Init sets the region.
func (c *Client) Init(region string) *Client {
	c.region = region
	return c
}

// Send would post the request; the stub has no network.
func (c *Client) Send(action string) error {
	return tceerrors.NewTceCloudSDKError("ClientError.NetworkError", "stub: no network", "")
}
