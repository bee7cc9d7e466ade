// Package familyexact compares with retryable family roots exactly.
package familyexact

import (
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
	dnspod "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/dnspod/v20210323"
)

// dnspod write actions return RequestLimitExceeded.RequestLimitExceeded,
// never the bare root: the branch is dead. The fix imports strings.
func createRecord(client *dnspod.Client) bool {
	_, err := client.CreateRecord(dnspod.NewCreateRecordRequest())
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok {
		return e.Code == "RequestLimitExceeded" // want `^family-exact: exact comparison with "RequestLimitExceeded" misses its sub-codes "RequestLimitExceeded.BatchTaskLimit", "RequestLimitExceeded.CreateDomainLimit", "RequestLimitExceeded.GlobalRegionUinLimitExceeded" and 3 more, which dnspod CreateRecord can return; match the family with strings.HasPrefix`
	}
	return false
}

// cvm declares InternalError.TradeUnknownError; != gets a negated fix.
func terminate(client *cvm.Client) error {
	_, err := client.TerminateInstances(cvm.NewTerminateInstancesRequest())
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok && e.GetCode() != "InternalError" { // want `exact comparison with "InternalError" misses its sub-codes "InternalError.TradeUnknownError", which cvm TerminateInstances can return`
		return err
	}
	return nil
}

// A switch case is reported but not rewritten: the rewrite would not be
// mechanical.
func throttledSwitch(client *dnspod.Client) bool {
	_, err := client.CreateRecord(dnspod.NewCreateRecordRequest())
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok {
		switch e.Code {
		case "RequestLimitExceeded": // want `exact comparison with "RequestLimitExceeded" misses its sub-codes`
			return true
		}
	}
	return false
}

// With an unknown origin only the public sub-codes count: every product
// may return RequestLimitExceeded.UinLimitExceeded...
func unknownOrigin(err error) bool {
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "RequestLimitExceeded" // want `misses its sub-codes "RequestLimitExceeded.GlobalRegionUinLimitExceeded", "RequestLimitExceeded.IPLimitExceeded", "RequestLimitExceeded.UinLimitExceeded", which any product can return`
}
