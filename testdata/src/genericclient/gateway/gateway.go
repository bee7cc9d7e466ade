package gateway // want package:"sdkUser"

// The gateway sends any product's action through the generic client;
// its importers name the product, the version and the action.

import (
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	tchttp "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/http"
)

type reply struct{ *tchttp.BaseResponse }

// Call sends one action.
func Call(c *common.Client, product, version, action string, params map[string]interface{}) error { // want Call:`errorFrom\(generic\(\$1, \$2, \$3\)\)`
	req := tchttp.NewCommonRequest(product, version, action)
	if err := req.SetActionParameters(params); err != nil {
		return err
	}
	return c.Send(req, &reply{&tchttp.BaseResponse{}})
}
