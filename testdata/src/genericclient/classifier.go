package genericclient

import (
	"time"

	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	sdkerr "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	tchttp "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/http"
)

// transmit is where every request goes out: what it compares is judged
// against every product and action its callers name.
func transmit(c *common.Client, req tchttp.Request) error {
	var err error
	for try := 0; try < 3; try++ {
		err = c.Send(req, newResponse())
		e, ok := err.(*sdkerr.TencentCloudSDKError)
		if !ok {
			return err
		}
		if e.Code == "ResourceNotFound.CdnHostNotExists" { // want `"ResourceNotFound.CdnHostNotExists" is declared by cdn, but`
			return nil
		}
		if e.Code != "InternalError" { // want `^family-exact: exact comparison with "InternalError" misses its sub-codes "InternalError.ComponentError", "InternalError.GatewayError", which billing DescribeAccountBalance or cbs ResizeDisk can return; match the family with strings.HasPrefix`
			return err
		}
		time.Sleep(time.Second)
	}
	return err
}

func request(c *common.Client, service, version, action string) error {
	req := &tchttp.BaseRequest{}
	req.Init().WithApiInfo(service, version, action)
	return transmit(c, req)
}

func resizeThroughTransmit(c *common.Client) error {
	return request(c, "cbs", "2017-03-12", "ResizeDisk")
}

func balanceThroughTransmit(c *common.Client) error {
	return request(c, "billing", "2018-07-09", "DescribeAccountBalance")
}

// An action the SDK does not know: the request fails with a public code,
// and brings none of its product's InternalError sub-codes to the message
// above.
func zonesThroughTransmit(c *common.Client) error {
	return request(c, "cdb", "2017-03-20", "DescribeDBZoneConfig")
}
