// Package mixedflavors calls the CN SDK, the intl-en SDK and two forks in
// one program. Each flavour's calls return its own error type, all of the
// same shape; testing for another flavour's never succeeds.
package mixedflavors

import (
	"errors"

	dnspod "example.com/acmedns/tencentclouddnspod/v20210323"
	tceerrors "example.com/private/tcecloud-sdk-go/tcecloud/common/errors"
	tcecvm "example.com/private/tcecloud-sdk-go/tcecloud/cvm/v20170312"
	intlerrors "github.com/tencentcloud/tencentcloud-sdk-go-intl-en/tencentcloud/common/errors"
	intlcvm "github.com/tencentcloud/tencentcloud-sdk-go-intl-en/tencentcloud/cvm/v20170312"
	cnerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cncvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// The CN type asserted on an intl-en client's error.
func cnTypeOnIntlError(client *intlcvm.Client) bool {
	_, err := client.DescribeInstances(intlcvm.NewDescribeInstancesRequest())
	if e, ok := err.(*cnerrors.TencentCloudSDKError); ok { // want `wrong-error-type: the error comes from cvm DescribeInstances, whose client returns \*github.com/tencentcloud/tencentcloud-sdk-go-intl-en/tencentcloud/common/errors.TencentCloudSDKError, never \*github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors.TencentCloudSDKError: this type assertion never succeeds`
		return e.Code == "InvalidInstanceId.NotFound"
	}
	return false
}

// The same through errors.As.
func cnTargetOnIntlError(client *intlcvm.Client) bool {
	_, err := client.StartInstances(intlcvm.NewStartInstancesRequest())
	var e *cnerrors.TencentCloudSDKError
	return errors.As(err, &e) && e.Code == "InvalidInstanceId.NotFound" // want `wrong-error-type: the error comes from cvm StartInstances, whose client returns \*github.com/tencentcloud/tencentcloud-sdk-go-intl-en/.*, never \*github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors.TencentCloudSDKError: this errors.As never finds one`
}

// A one-type case of a type switch.
func intlCaseOnCNError(client *cncvm.Client) string {
	_, err := client.DescribeInstances(cncvm.NewDescribeInstancesRequest())
	switch e := err.(type) {
	case *intlerrors.TencentCloudSDKError: // want `wrong-error-type: the error comes from cvm DescribeInstances, whose client returns \*github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors.TencentCloudSDKError, never \*github.com/tencentcloud/tencentcloud-sdk-go-intl-en/.*: this case never matches`
		return e.Code
	case nil:
		return ""
	}
	return "other"
}

// The published SDK's error asserted to a private fork's type.
func forkTypeOnCNError(client *cncvm.Client) bool {
	_, err := client.StartInstances(cncvm.NewStartInstancesRequest())
	e, ok := err.(*tceerrors.TceCloudSDKError) // want `wrong-error-type: .*whose client returns \*github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors.TencentCloudSDKError, never \*example.com/private/tcecloud-sdk-go/tcecloud/common/errors.TceCloudSDKError: this type assertion never succeeds`
	return ok && e.Code == "InternalError"
}

// The private fork's error asserted to the CN type: the fork's Client
// embeds its own common Client, whose errors are its own.
func cnTypeOnForkError(client *tcecvm.Client) bool {
	_, err := client.StartInstances(tcecvm.NewStartInstancesRequest())
	e, ok := err.(*cnerrors.TencentCloudSDKError) // want `wrong-error-type: .*whose client returns \*example.com/private/tcecloud-sdk-go/tcecloud/common/errors.TceCloudSDKError`
	return ok && e.Code == "InternalError"
}

// A fork whose Client embeds the published SDK's common Client returns
// the published type, not the intl-en one.
func forkEmbeddingCN(client *dnspod.Client) bool {
	_, err := dnspod.DescribeRecordList(client, dnspod.NewDescribeRecordListRequest())
	var intl *intlerrors.TencentCloudSDKError
	return errors.As(err, &intl) // want `wrong-error-type: the error comes from dnspod DescribeRecordList, whose client returns \*github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors.TencentCloudSDKError`
}

// A switch without a binding, and errors.As given new(...).
func oddForms(client *intlcvm.Client) (bool, bool) {
	_, err := client.DescribeInstances(intlcvm.NewDescribeInstancesRequest())
	switched := false
	switch err.(type) {
	case *cnerrors.TencentCloudSDKError: // want `wrong-error-type: .*: this case never matches`
		switched = true
	}
	return switched, errors.As(err, new(*cnerrors.TencentCloudSDKError)) // want `wrong-error-type: .*: this errors.As never finds one`
}
