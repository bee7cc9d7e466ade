package mixedflavors // want package:"sdkUser"

import (
	"errors"
	"fmt"
	"io/fs"

	dnspod "example.com/acmedns/tencentclouddnspod/v20210323"
	intlerrors "github.com/tencentcloud/tencentcloud-sdk-go-intl-en/tencentcloud/common/errors"
	intlcvm "github.com/tencentcloud/tencentcloud-sdk-go-intl-en/tencentcloud/cvm/v20170312"
	cnerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cncvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// Each flavour's own type: nothing to say.
func ownTypes(cn *cncvm.Client, intl *intlcvm.Client) bool {
	_, err := cn.DescribeInstances(cncvm.NewDescribeInstancesRequest())
	if e, ok := err.(*cnerrors.TencentCloudSDKError); ok && e.Code == "InvalidInstanceId.NotFound" {
		return true
	}
	_, err = intl.DescribeInstances(intlcvm.NewDescribeInstancesRequest())
	var ie *intlerrors.TencentCloudSDKError
	return errors.As(err, &ie) && ie.Code == "InvalidInstanceId.NotFound"
}

// A helper for both flavours lists both types in one case.
func codeOfEither(client *intlcvm.Client) string {
	_, err := client.DescribeInstances(intlcvm.NewDescribeInstancesRequest())
	switch e := err.(type) {
	case *cnerrors.TencentCloudSDKError, *intlerrors.TencentCloudSDKError:
		return fmt.Sprint(e)
	}
	return ""
}

// Or tries one type after the other.
func codeOfOneOrOther(client *intlcvm.Client) string {
	_, err := client.DescribeInstances(intlcvm.NewDescribeInstancesRequest())
	if e, ok := err.(*cnerrors.TencentCloudSDKError); ok {
		return e.Code
	}
	if e, ok := err.(*intlerrors.TencentCloudSDKError); ok {
		return e.Code
	}
	return ""
}

// An error that either flavour may have produced.
func eitherFlavour(cn *cncvm.Client, intl *intlcvm.Client, useIntl bool) bool {
	var err error
	if useIntl {
		_, err = intl.DescribeInstances(intlcvm.NewDescribeInstancesRequest())
	} else {
		_, err = cn.DescribeInstances(cncvm.NewDescribeInstancesRequest())
	}
	e, ok := err.(*cnerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidInstanceId.NotFound"
}

// An error of unknown origin is anyone's.
func unknownOrigin(err error) bool {
	e, ok := err.(*cnerrors.TencentCloudSDKError)
	return ok && e.Code == "InvalidInstanceId.NotFound"
}

// The lego kind of fork embeds the published common Client.
func forkOwnFlavour(client *dnspod.Client) bool {
	_, err := dnspod.DescribeRecordList(client, dnspod.NewDescribeRecordListRequest())
	var e *cnerrors.TencentCloudSDKError
	return errors.As(err, &e) && e.Code == dnspod.RESOURCENOTFOUND_NODATAOFRECORD
}

// Assertions to non-SDK types and interfaces are not this check's.
func otherTargets(client *intlcvm.Client) bool {
	_, err := client.DescribeInstances(intlcvm.NewDescribeInstancesRequest())
	if _, ok := err.(interface{ GetCode() string }); ok {
		return true
	}
	var pathErr *fs.PathError
	return errors.As(err, &pathErr)
}
