package mixedflavors

import (
	intlerrors "github.com/tencentcloud/tencentcloud-sdk-go-intl-en/tencentcloud/common/errors"
	intlcvm "github.com/tencentcloud/tencentcloud-sdk-go-intl-en/tencentcloud/cvm/v20170312"
	cnerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cncvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// intlNotFound asserts the intl-en type, and its only callers hand it CN
// clients' errors: judged through them.
func intlNotFound(err error) bool {
	e, ok := err.(*intlerrors.TencentCloudSDKError) // want `wrong-error-type: the error comes from cvm DescribeInstances/StartInstances, whose client returns \*github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors.TencentCloudSDKError, never \*github.com/tencentcloud/tencentcloud-sdk-go-intl-en/tencentcloud/common/errors.TencentCloudSDKError: this type assertion never succeeds`
	return ok && e.Code == "InvalidInstanceId.NotFound"
}

func describeCN(client *cncvm.Client) bool {
	_, err := client.DescribeInstances(cncvm.NewDescribeInstancesRequest())
	return intlNotFound(err)
}

func startCN(client *cncvm.Client) bool {
	_, err := client.StartInstances(cncvm.NewStartInstancesRequest())
	return intlNotFound(err)
}

// cnNotFound is called with errors of both flavours: some calls succeed.
func cnNotFound(err error) bool {
	e, ok := err.(*cnerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidInstanceId.NotFound"
}

func bothFlavours(cn *cncvm.Client, intl *intlcvm.Client) bool {
	_, err := cn.DescribeInstances(cncvm.NewDescribeInstancesRequest())
	if cnNotFound(err) {
		return true
	}
	_, err = intl.DescribeInstances(intlcvm.NewDescribeInstancesRequest())
	return cnNotFound(err)
}

// IntlNotFound is exported: another package may pass it intl-en errors,
// so its callers here do not decide.
func IntlNotFound(err error) bool { // want IntlNotFound:`classifier`
	e, ok := err.(*intlerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidInstanceId.NotFound"
}

func exportedHelperCaller(client *cncvm.Client) bool {
	_, err := client.DescribeInstances(cncvm.NewDescribeInstancesRequest())
	return IntlNotFound(err)
}

// intlAsValue is also used as a value: its callers are not all known.
func intlAsValue(err error) bool {
	e, ok := err.(*intlerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidInstanceId.NotFound"
}

var classifiers = []func(error) bool{intlAsValue}

func valueHelperCaller(client *cncvm.Client) bool {
	_, err := client.DescribeInstances(cncvm.NewDescribeInstancesRequest())
	return intlAsValue(err) || classifiers[0](err)
}
