package v20210323

const (
	// Error codes of this product (a subset of tencentcloud-sdk-go/tencentcloud/dnspod v1.3.131).

	// Auth failure.
	AUTHFAILURE = "AuthFailure"

	// Failed operation.
	FAILEDOPERATION = "FailedOperation"

	// Failed operation: domain is locked.
	FAILEDOPERATION_DOMAINISLOCKED = "FailedOperation.DomainIsLocked"

	// Failed operation: not domain owner.
	FAILEDOPERATION_NOTDOMAINOWNER = "FailedOperation.NotDomainOwner"

	// Failed operation: not real named user.
	FAILEDOPERATION_NOTREALNAMEDUSER = "FailedOperation.NotRealNamedUser"

	// Failed operation: unknow error.
	FAILEDOPERATION_UNKNOWERROR = "FailedOperation.UnknowError"

	// Internal error.
	INTERNALERROR = "InternalError"

	// Invalid parameter.
	INVALIDPARAMETER = "InvalidParameter"

	// Invalid parameter: domain id invalid.
	INVALIDPARAMETER_DOMAINIDINVALID = "InvalidParameter.DomainIdInvalid"

	// Invalid parameter: domain invalid.
	INVALIDPARAMETER_DOMAININVALID = "InvalidParameter.DomainInvalid"

	// Invalid parameter: domain is aliaser.
	INVALIDPARAMETER_DOMAINISALIASER = "InvalidParameter.DomainIsAliaser"

	// Invalid parameter: domain record exist.
	INVALIDPARAMETER_DOMAINRECORDEXIST = "InvalidParameter.DomainRecordExist"

	// Invalid parameter: operate failed.
	INVALIDPARAMETER_OPERATEFAILED = "InvalidParameter.OperateFailed"

	// Invalid parameter: param invalid.
	INVALIDPARAMETER_PARAMINVALID = "InvalidParameter.ParamInvalid"

	// Invalid parameter: record line invalid.
	INVALIDPARAMETER_RECORDLINEINVALID = "InvalidParameter.RecordLineInvalid"

	// Invalid parameter: record type invalid.
	INVALIDPARAMETER_RECORDTYPEINVALID = "InvalidParameter.RecordTypeInvalid"

	// Invalid parameter: record value invalid.
	INVALIDPARAMETER_RECORDVALUEINVALID = "InvalidParameter.RecordValueInvalid"

	// Invalid parameter: result more than 500.
	INVALIDPARAMETER_RESULTMORETHAN500 = "InvalidParameter.ResultMoreThan500"

	// Invalid parameter: subdomain invalid.
	INVALIDPARAMETER_SUBDOMAININVALID = "InvalidParameter.SubdomainInvalid"

	// Invalid parameter value: domain not exists.
	INVALIDPARAMETERVALUE_DOMAINNOTEXISTS = "InvalidParameterValue.DomainNotExists"

	// Invalid parameter value: limit invalid.
	INVALIDPARAMETERVALUE_LIMITINVALID = "InvalidParameterValue.LimitInvalid"

	// Limit exceeded: record ttl limit.
	LIMITEXCEEDED_RECORDTTLLIMIT = "LimitExceeded.RecordTtlLimit"

	// Operation denied: domain owner allowed only.
	OPERATIONDENIED_DOMAINOWNERALLOWEDONLY = "OperationDenied.DomainOwnerAllowedOnly"

	// Operation denied: no permission to operate domain.
	OPERATIONDENIED_NOPERMISSIONTOOPERATEDOMAIN = "OperationDenied.NoPermissionToOperateDomain"

	// Request limit exceeded.
	REQUESTLIMITEXCEEDED = "RequestLimitExceeded"

	// Request limit exceeded: batch task limit.
	REQUESTLIMITEXCEEDED_BATCHTASKLIMIT = "RequestLimitExceeded.BatchTaskLimit"

	// Request limit exceeded: create domain limit.
	REQUESTLIMITEXCEEDED_CREATEDOMAINLIMIT = "RequestLimitExceeded.CreateDomainLimit"

	// Request limit exceeded: request limit exceeded.
	REQUESTLIMITEXCEEDED_REQUESTLIMITEXCEEDED = "RequestLimitExceeded.RequestLimitExceeded"

	// Resource in use.
	RESOURCEINUSE = "ResourceInUse"

	// Resource not found: no data of domain.
	RESOURCENOTFOUND_NODATAOFDOMAIN = "ResourceNotFound.NoDataOfDomain"

	// Resource not found: no data of record.
	RESOURCENOTFOUND_NODATAOFRECORD = "ResourceNotFound.NoDataOfRecord"

	// Unauthorized operation.
	UNAUTHORIZEDOPERATION = "UnauthorizedOperation"
)
