// Package v20210323 stands for a fork of dnspod that drops the Client's
// methods for package-level functions taking the Client, under a module
// path of its own (the shape lego uses). Its errors.go keeps a subset of
// dnspod v1.3.24's codes. Made up apart from those codes.
package v20210323

const (
	FAILEDOPERATION                  = "FailedOperation"
	INVALIDPARAMETER_DOMAINIDINVALID = "InvalidParameter.DomainIdInvalid"
	REQUESTLIMITEXCEEDED             = "RequestLimitExceeded"
	RESOURCENOTFOUND_NODATAOFRECORD  = "ResourceNotFound.NoDataOfRecord"
)
