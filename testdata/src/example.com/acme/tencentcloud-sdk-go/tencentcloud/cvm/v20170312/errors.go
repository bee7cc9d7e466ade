package v20170312

const (
	// Error codes of this product (a subset of a repackaged fork of tencentcloud-sdk-go/tencentcloud/cvm v1.3.159).

	// Internal error.
	INTERNALERROR = "InternalError"

	// Internal error: trade unknown error.
	INTERNALERROR_TRADEUNKNOWNERROR = "InternalError.TradeUnknownError"

	// Internal server error.
	INTERNALSERVERERROR = "InternalServerError"

	// Invalid filter.
	INVALIDFILTER = "InvalidFilter"

	// Invalid instance id: malformed.
	INVALIDINSTANCEID_MALFORMED = "InvalidInstanceId.Malformed"

	// Invalid instance id: not found.
	INVALIDINSTANCEID_NOTFOUND = "InvalidInstanceId.NotFound"

	// Invalid parameter value: limit exceeded.
	INVALIDPARAMETERVALUE_LIMITEXCEEDED = "InvalidParameterValue.LimitExceeded"

	// Invalid security group id: not found.
	INVALIDSECURITYGROUPID_NOTFOUND = "InvalidSecurityGroupId.NotFound"

	// Unsupported operation: instance state running.
	UNSUPPORTEDOPERATION_INSTANCESTATERUNNING = "UnsupportedOperation.InstanceStateRunning"
)
