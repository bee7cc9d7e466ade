package familyexact

import (
	"fmt"
	"log"

	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	dnspod "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/dnspod/v20210323"
	"retryfw/resource"
)

// A missed sub-code returns an error where the root returns nil: the miss
// changes the outcome, and is reported.
func missChangesOutcome(client *dnspod.Client) error {
	_, err := client.CreateRecord(dnspod.NewCreateRecordRequest())
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok {
		if e.Code == "RequestLimitExceeded" { // want `exact comparison with "RequestLimitExceeded" misses its sub-codes`
			return nil
		}
	}
	return err
}

// A switch whose default answers otherwise than the root's case.
func defaultDiffers(client *dnspod.Client) bool {
	_, err := client.CreateRecord(dnspod.NewCreateRecordRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return false
	}
	switch e.Code {
	case "RequestLimitExceeded": // want `exact comparison with "RequestLimitExceeded" misses its sub-codes`
		return true
	default:
		return false
	}
}

// The root's branch and the fallback both return an error: a missed
// sub-code fails the same way.
func bothReturnAnError(client *dnspod.Client) error {
	_, err := client.CreateRecord(dnspod.NewCreateRecordRequest())
	if err != nil {
		if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok {
			if e.Code == "RequestLimitExceeded" {
				return fmt.Errorf("throttled: %w", err)
			}
		}
		return err
	}
	return nil
}

// A switch whose default returns what the root's case returns, after a
// log line.
func defaultAlike(client *dnspod.Client) bool {
	_, err := client.CreateRecord(dnspod.NewCreateRecordRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return false
	}
	switch e.Code {
	case "RequestLimitExceeded":
		log.Printf("throttled: %v", e)
		return false
	case "InvalidParameter":
		return true
	default:
		return false
	}
}

// A retry closure that gives up on the root, beside a fallback that hands
// the error to a helper returning the same verdict: what the helper does
// with the sub-codes is not known, so nothing is claimed.
func giveUpBesideHelper(client *dnspod.Client) error {
	return resource.Retry(3, func() *resource.RetryError {
		_, err := client.CreateRecord(dnspod.NewCreateRecordRequest())
		if err != nil {
			if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok && e.Code == "RequestLimitExceeded" {
				return resource.NonRetryableError(err)
			}
			return retryVerdict(err)
		}
		return nil
	})
}

func retryVerdict(err error) *resource.RetryError {
	return resource.RetryableError(err)
}
