package v20180606

const (
	// Error codes of this product (a subset of tencentcloud-sdk-go/tencentcloud/cdn v1.3.154).

	// Auth failure: invalid authorization.
	AUTHFAILURE_INVALIDAUTHORIZATION = "AuthFailure.InvalidAuthorization"

	// Internal error: cam system error.
	INTERNALERROR_CAMSYSTEMERROR = "InternalError.CamSystemError"

	// Internal error: cdn config error.
	INTERNALERROR_CDNCONFIGERROR = "InternalError.CdnConfigError"

	// Internal error: cdn db error.
	INTERNALERROR_CDNDBERROR = "InternalError.CdnDbError"

	// Internal error: cdn query param error.
	INTERNALERROR_CDNQUERYPARAMERROR = "InternalError.CdnQueryParamError"

	// Internal error: cdn query system error.
	INTERNALERROR_CDNQUERYSYSTEMERROR = "InternalError.CdnQuerySystemError"

	// Internal error: cdn system error.
	INTERNALERROR_CDNSYSTEMERROR = "InternalError.CdnSystemError"

	// Internal error: error.
	INTERNALERROR_ERROR = "InternalError.Error"

	// Internal error: proxy server.
	INTERNALERROR_PROXYSERVER = "InternalError.ProxyServer"

	// Internal error: route error.
	INTERNALERROR_ROUTEERROR = "InternalError.RouteError"

	// Internal error: unknown error.
	INTERNALERROR_UNKNOWNERROR = "InternalError.UnknownError"

	// Invalid parameter: CDN status invalid domain.
	INVALIDPARAMETER_CDNSTATUSINVALIDDOMAIN = "InvalidParameter.CDNStatusInvalidDomain"

	// Invalid parameter: cdn host invalid status.
	INVALIDPARAMETER_CDNHOSTINVALIDSTATUS = "InvalidParameter.CdnHostInvalidStatus"

	// Invalid parameter: cdn interface error.
	INVALIDPARAMETER_CDNINTERFACEERROR = "InvalidParameter.CdnInterfaceError"

	// Invalid parameter: cdn param error.
	INVALIDPARAMETER_CDNPARAMERROR = "InvalidParameter.CdnParamError"

	// Invalid parameter: cdn stat invalid project id.
	INVALIDPARAMETER_CDNSTATINVALIDPROJECTID = "InvalidParameter.CdnStatInvalidProjectId"

	// Invalid parameter: cdn stat too many domains.
	INVALIDPARAMETER_CDNSTATTOOMANYDOMAINS = "InvalidParameter.CdnStatTooManyDomains"

	// Invalid parameter: cdn url exceed length.
	INVALIDPARAMETER_CDNURLEXCEEDLENGTH = "InvalidParameter.CdnUrlExceedLength"

	// Limit exceeded: cdn purge url exceed batch limit.
	LIMITEXCEEDED_CDNPURGEURLEXCEEDBATCHLIMIT = "LimitExceeded.CdnPurgeUrlExceedBatchLimit"

	// Limit exceeded: cdn purge url exceed day limit.
	LIMITEXCEEDED_CDNPURGEURLEXCEEDDAYLIMIT = "LimitExceeded.CdnPurgeUrlExceedDayLimit"

	// Resource in use: cdn host exists.
	RESOURCEINUSE_CDNHOSTEXISTS = "ResourceInUse.CdnHostExists"

	// Resource in use: cdn op in progress.
	RESOURCEINUSE_CDNOPINPROGRESS = "ResourceInUse.CdnOpInProgress"

	// Resource not found: cdn host not exists.
	RESOURCENOTFOUND_CDNHOSTNOTEXISTS = "ResourceNotFound.CdnHostNotExists"

	// Resource not found: cdn user not exists.
	RESOURCENOTFOUND_CDNUSERNOTEXISTS = "ResourceNotFound.CdnUserNotExists"

	// Resource unavailable: cdn host is not online.
	RESOURCEUNAVAILABLE_CDNHOSTISNOTONLINE = "ResourceUnavailable.CdnHostIsNotOnline"

	// Unauthorized operation: cdn cam unauthorized.
	UNAUTHORIZEDOPERATION_CDNCAMUNAUTHORIZED = "UnauthorizedOperation.CdnCamUnauthorized"

	// Unauthorized operation: cdn host unauthorized.
	UNAUTHORIZEDOPERATION_CDNHOSTUNAUTHORIZED = "UnauthorizedOperation.CdnHostUnauthorized"

	// Unauthorized operation: cdn project unauthorized.
	UNAUTHORIZEDOPERATION_CDNPROJECTUNAUTHORIZED = "UnauthorizedOperation.CdnProjectUnauthorized"

	// Unauthorized operation: cdn tag unauthorized.
	UNAUTHORIZEDOPERATION_CDNTAGUNAUTHORIZED = "UnauthorizedOperation.CdnTagUnauthorized"

	// Unauthorized operation: cdn user auth fail.
	UNAUTHORIZEDOPERATION_CDNUSERAUTHFAIL = "UnauthorizedOperation.CdnUserAuthFail"

	// Unauthorized operation: cdn user auth wait.
	UNAUTHORIZEDOPERATION_CDNUSERAUTHWAIT = "UnauthorizedOperation.CdnUserAuthWait"

	// Unauthorized operation: cdn user is suspended.
	UNAUTHORIZEDOPERATION_CDNUSERISSUSPENDED = "UnauthorizedOperation.CdnUserIsSuspended"

	// Unauthorized operation: operation too often.
	UNAUTHORIZEDOPERATION_OPERATIONTOOOFTEN = "UnauthorizedOperation.OperationTooOften"
)
