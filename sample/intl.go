package main

import (
	"fmt"
	"os"

	intlcommon "github.com/tencentcloud/tencentcloud-sdk-go-intl-en/tencentcloud/common"
	intlerrors "github.com/tencentcloud/tencentcloud-sdk-go-intl-en/tencentcloud/common/errors"
	intlprofile "github.com/tencentcloud/tencentcloud-sdk-go-intl-en/tencentcloud/common/profile"
	intlcvm "github.com/tencentcloud/tencentcloud-sdk-go-intl-en/tencentcloud/cvm/v20170312"
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
)

// intlInstanceGone reaches cvm through the international SDK but asserts
// the Chinese SDK's error type, which that client never returns: the
// branch never runs. The types share a name and a shape, not an identity.
func intlInstanceGone(client *intlcvm.Client, id string) bool {
	req := intlcvm.NewDescribeInstancesRequest()
	req.InstanceIds = intlcommon.StringPtrs([]string{id})
	_, err := client.DescribeInstances(req)
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok { // want: wrong-error-type
		return e.Code == "InvalidInstanceId.NotFound"
	}
	return false
}

// intlStartNotFound asserts the international SDK's own type: right.
func intlStartNotFound(client *intlcvm.Client, id string) bool {
	req := intlcvm.NewStartInstancesRequest()
	req.InstanceIds = intlcommon.StringPtrs([]string{id})
	_, err := client.StartInstances(req)
	e, ok := err.(*intlerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidInstanceId.NotFound"
}

// intlStatus reports on an instance through the international SDK.
func intlStatus(id string) error {
	cred := intlcommon.NewCredential(os.Getenv("TENCENTCLOUD_SECRET_ID"), os.Getenv("TENCENTCLOUD_SECRET_KEY"))
	client, err := intlcvm.NewClient(cred, region, intlprofile.NewClientProfile())
	if err != nil {
		return err
	}
	fmt.Println("gone:", intlInstanceGone(client, id), "not found on start:", intlStartNotFound(client, id))
	return nil
}
