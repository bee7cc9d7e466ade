// Package actionnearmiss compares codes the product declares but the
// action does not document, next to a close spelling the action does.
package actionnearmiss

import (
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	tke "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/tke/v20180525"
)

// tke declares both InternalError.UnexceptedInternal and
// InternalError.UnexpectedInternal; DescribeClusters documents only the
// second.
func describe(client *tke.Client) bool {
	_, err := client.DescribeClusters(tke.NewDescribeClustersRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InternalError.UnexceptedInternal" // want `^action-near-miss: "InternalError.UnexceptedInternal" is a tke code, but tke DescribeClusters does not document it; it documents "InternalError.UnexpectedInternal", which differs only by a slip of the hand: did you mean it\?$`
}

// Look-alikes, silent: the documented spelling compared too; an undocumented
// code with nothing documented near it (wrong-action's, off by default).
func describeBoth(client *tke.Client) bool {
	_, err := client.DescribeClusters(tke.NewDescribeClustersRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && (e.Code == "InternalError.UnexceptedInternal" || e.Code == "InternalError.UnexpectedInternal")
}

func describeOther(client *tke.Client) bool {
	_, err := client.DescribeClusters(tke.NewDescribeClustersRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "InternalError.ClusterNotFound"
}
