package reuse

import (
	cdn "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cdn/v20180606"
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// poll calls check until it reports done.
func poll(check func() (bool, error)) error {
	for {
		done, err := check()
		if done || err != nil {
			return err
		}
	}
}

// The error set outside is set again inside the polling closure before it
// is compared there: the comparison sees the closure's call only.
func purgeThenWait(c *cvm.Client, d *cdn.Client) error {
	_, err := d.PurgeUrlsCache(cdn.NewPurgeUrlsCacheRequest())
	if err != nil {
		return err
	}
	return poll(func() (bool, error) {
		_, err = c.StartInstances(cvm.NewStartInstancesRequest())
		if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok && e.Code == "ResourceNotFound.CdnHostNotExists" { // want `is declared by cdn, but cvm StartInstances never returns it`
			return false, nil
		}
		return true, err
	})
}

// Look-alike: the closure compares before it assigns, so the outer call's
// error reaches the first round.
func checkThenCall(c *cvm.Client, d *cdn.Client) error {
	_, err := d.PurgeUrlsCache(cdn.NewPurgeUrlsCacheRequest())
	return poll(func() (bool, error) {
		if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok && e.Code == "ResourceNotFound.CdnHostNotExists" {
			return true, nil
		}
		_, err = c.StartInstances(cvm.NewStartInstancesRequest())
		return false, err
	})
}

// Look-alike: the closure assigns on one path only.
func maybeCall(c *cvm.Client, d *cdn.Client, again bool) error {
	_, err := d.PurgeUrlsCache(cdn.NewPurgeUrlsCacheRequest())
	return poll(func() (bool, error) {
		if again {
			_, err = c.StartInstances(cvm.NewStartInstancesRequest())
		}
		if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok && e.Code == "ResourceNotFound.CdnHostNotExists" {
			return true, nil
		}
		return false, err
	})
}
