// Package app checks the codes it hands to helpers against the origin of
// the error it hands them.
package app

import (
	cdn "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cdn/v20180606"
	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"

	"helpers/lib"
)

func exact(s *lib.Svc) bool {
	err := s.Describe()
	return lib.IsExpectedErr(err, []string{"InvalidInstanceId.NotFound", "ResourceNotFound.CdnHostNotExists"}) || // want `"ResourceNotFound.CdnHostNotExists" is declared by cdn, but cvm DescribeInstances never returns it`
		lib.IsExpectedErr(err, []string{"InvalidInstanceId.NotFonud"}) || // want `unknown error code "InvalidInstanceId.NotFonud" for cvm DescribeInstances; did you mean "InvalidInstanceId.NotFound"\?`
		lib.IsExpectedErr(err, []string{"RequestLimitExceeded"}) // want `exact comparison with "RequestLimitExceeded" misses its sub-codes`
}

// A family helper: a root is valid for its sub-codes, and matches them.
func family(s *lib.Svc) bool {
	err := s.Describe()
	return lib.RetryError(err, "InternalError", "RequestLimitExceeded") ||
		lib.RetryError(err, "InternalEror") // want `unknown error code "InternalEror" for cvm DescribeInstances; did you mean "InternalError"\?`
}

func message(d *cdn.Client) bool {
	_, err := d.PurgeUrlsCache(cdn.NewPurgeUrlsCacheRequest())
	return lib.IsErrCode(err, "Code=InvalidInstanceId.NotFound") || // want `"InvalidInstanceId.NotFound" is declared by cbs, cvm, vpc, but cdn PurgeUrlsCache never returns it`
		lib.IsErrCode(err, "ResourceNotFound") // a bare word may be message text: not checked
}

func codeArgument(d *cdn.Client) bool {
	_, err := d.PurgeUrlsCache(cdn.NewPurgeUrlsCacheRequest())
	if e, ok := err.(*sdkerrors.TencentCloudSDKError); ok {
		return lib.HasCode(e.Code, "ResourceNotFound.CdnHostNotExists", "InvalidInstanceId.NotFound") // want `"InvalidInstanceId.NotFound" is declared by cbs, cvm, vpc, but cdn PurgeUrlsCache never returns it`
	}
	return false
}

// A helper of this package, found without facts.
func notFound(err error, codes ...string) bool {
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	if !ok {
		return false
	}
	for _, c := range codes {
		if e.Code == c {
			return true
		}
	}
	return false
}

func local(s *lib.Svc) bool {
	return notFound(s.Describe(), "InvalidInstanceId.NotFound", "ResourceNotFound.CdnHostNotExists") // want `is declared by cdn, but cvm DescribeInstances never returns it`
}

// The error may come from either product: silent.
func ambiguous(s *lib.Svc, d *cdn.Client, purge bool) bool {
	err := s.Describe()
	if purge {
		_, err = d.PurgeUrlsCache(cdn.NewPurgeUrlsCacheRequest())
	}
	return lib.IsExpectedErr(err, []string{"InvalidInstanceId.NotFound", "ResourceNotFound.CdnHostNotExists"})
}

// First segments cut or sliced: families, checked as families.
func families(client *cdn.Client) bool {
	_, err := client.DescribeDomains(cdn.NewDescribeDomainsRequest())
	return lib.InFamily(err, []string{"ResourceNotFound", "InternalError"}) ||
		lib.InFamily(err, []string{"InternalEror"}) || // want `unknown error code "InternalEror" for cdn DescribeDomains; did you mean "InternalError"\?`
		lib.HeadIs(err, "ResourceNotFound") ||
		lib.HeadIs(err, "ResourceNotFond") // want `unknown error code "ResourceNotFond" for cdn DescribeDomains; did you mean "ResourceNotFound"\?`
}
