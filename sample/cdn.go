package main

import (
	"errors"
	"fmt"

	cdn "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cdn/v20180606"
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
)

// errPurgeQuota tells the caller to try again tomorrow.
var errPurgeQuota = errors.New("cdn purge quota used up for today")

// purgeSite purges cached URLs. errors.As and a switch on GetCode().
func purgeSite(client *cdn.Client, urls []string) error {
	req := cdn.NewPurgeUrlsCacheRequest()
	req.Urls = common.StringPtrs(urls)
	_, err := client.PurgeUrlsCache(req)
	var e *sdkerrors.TencentCloudSDKError
	if !errors.As(err, &e) {
		return err
	}
	switch e.GetCode() {
	case cdn.LIMITEXCEEDED_CDNPURGEURLEXCEEDDAYLIMIT, "LimitExceeded.CdnPurgeExceedDayLimit":
		return errPurgeQuota
	case "ResourceNotFound.CDNHostNotExists": // want: wrong-case
		return fmt.Errorf("domain not on cdn: %w", err)
	case "ResourceNotFound.CdnHostNotExist": // want: unknown-code
		return fmt.Errorf("domain not on cdn: %w", err)
	case "InvalidParameter.SignatureFailure": // want: legacy-code
		return fmt.Errorf("check the secret key: %w", err)
	case "AuthFailure.SignatureFailure", "AuthFailure.SecretIdNotFound":
		return fmt.Errorf("check the secret key: %w", err)
	}
	return err
}

// domainExists reports whether the domain is configured on the cdn.
func domainExists(client *cdn.Client, domain string) (bool, error) {
	req := cdn.NewDescribeDomainsRequest()
	req.Filters = []*cdn.DomainFilter{{Name: common.StringPtr("domain"), Value: common.StringPtrs([]string{domain})}}
	resp, err := client.DescribeDomains(req)
	if err != nil {
		if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok {
			if e.Code == "ResourceNotFound.CdnHostNotExists" {
				return false, nil
			}
			if e.Code == "InvalidInstanceId.NotFound" { // want: wrong-product
				return false, nil
			}
		}
		return false, err
	}
	return len(resp.Response.Domains) > 0, nil
}
