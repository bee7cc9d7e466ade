package main

import (
	"errors"
	"os"
	"testing"

	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/profile"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// TestDescribeMalformedID runs against the real API, so only with
// credentials. Test files are analyzed too: real projects put SDK
// comparisons in tests.
func TestDescribeMalformedID(t *testing.T) {
	id, key := os.Getenv("TENCENTCLOUD_SECRET_ID"), os.Getenv("TENCENTCLOUD_SECRET_KEY")
	if id == "" || key == "" {
		t.Skip("set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY to call the real API")
	}
	client, err := cvm.NewClient(common.NewCredential(id, key), region, profile.NewClientProfile())
	if err != nil {
		t.Fatal(err)
	}
	req := cvm.NewDescribeInstancesRequest()
	req.InstanceIds = common.StringPtrs([]string{"not-an-instance-id"})
	_, err = client.DescribeInstances(req)
	var e *sdkerrors.TencentCloudSDKError
	if !errors.As(err, &e) {
		t.Fatalf("DescribeInstances(malformed id) = %v, want an SDK error", err)
	}
	if e.Code != "InvalidInstanceId.Malformed" && e.Code != "InvalidParameterValue.InstanceIdMalfomed" { // want: unknown-code
		t.Errorf("code = %s, want a malformed-id code", e.Code)
	}
}
