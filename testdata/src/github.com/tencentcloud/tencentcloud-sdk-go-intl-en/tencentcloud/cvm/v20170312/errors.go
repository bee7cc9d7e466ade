package v20170312

const (
	// Error codes of this product (a subset of tencentcloud-sdk-go-intl-en v3.0.646+incompatible, tencentcloud/cvm/v20170312).

	// Failed operation: illegal tag key.
	FAILEDOPERATION_ILLEGALTAGKEY = "FailedOperation.IllegalTagKey"

	// Failed operation: illegal tag value.
	FAILEDOPERATION_ILLEGALTAGVALUE = "FailedOperation.IllegalTagValue"

	// Failed operation: tag key reserved.
	FAILEDOPERATION_TAGKEYRESERVED = "FailedOperation.TagKeyReserved"

	// Internal error.
	INTERNALERROR = "InternalError"

	// Internal error: trade unknown error.
	INTERNALERROR_TRADEUNKNOWNERROR = "InternalError.TradeUnknownError"

	// Internal server error.
	INTERNALSERVERERROR = "InternalServerError"

	// Invalid filter.
	INVALIDFILTER = "InvalidFilter"

	// Invalid filter value: limit exceeded.
	INVALIDFILTERVALUE_LIMITEXCEEDED = "InvalidFilterValue.LimitExceeded"

	// Invalid host id: malformed.
	INVALIDHOSTID_MALFORMED = "InvalidHostId.Malformed"

	// Invalid instance id: malformed.
	INVALIDINSTANCEID_MALFORMED = "InvalidInstanceId.Malformed"

	// Invalid instance id: not found.
	INVALIDINSTANCEID_NOTFOUND = "InvalidInstanceId.NotFound"

	// Invalid parameter.
	INVALIDPARAMETER = "InvalidParameter"

	// Invalid parameter value.
	INVALIDPARAMETERVALUE = "InvalidParameterValue"

	// Invalid parameter value: IP address malformed.
	INVALIDPARAMETERVALUE_IPADDRESSMALFORMED = "InvalidParameterValue.IPAddressMalformed"

	// Invalid parameter value: i pv 6 address malformed.
	INVALIDPARAMETERVALUE_IPV6ADDRESSMALFORMED = "InvalidParameterValue.IPv6AddressMalformed"

	// Invalid parameter value: instance id malformed.
	INVALIDPARAMETERVALUE_INSTANCEIDMALFORMED = "InvalidParameterValue.InstanceIdMalformed"

	// Invalid parameter value: invalid app id format.
	INVALIDPARAMETERVALUE_INVALIDAPPIDFORMAT = "InvalidParameterValue.InvalidAppIdFormat"

	// Invalid parameter value: invalid ip format.
	INVALIDPARAMETERVALUE_INVALIDIPFORMAT = "InvalidParameterValue.InvalidIpFormat"

	// Invalid parameter value: invalid time format.
	INVALIDPARAMETERVALUE_INVALIDTIMEFORMAT = "InvalidParameterValue.InvalidTimeFormat"

	// Invalid parameter value: invalid vague name.
	INVALIDPARAMETERVALUE_INVALIDVAGUENAME = "InvalidParameterValue.InvalidVagueName"

	// Invalid parameter value: limit exceeded.
	INVALIDPARAMETERVALUE_LIMITEXCEEDED = "InvalidParameterValue.LimitExceeded"

	// Invalid parameter value: subnet id malformed.
	INVALIDPARAMETERVALUE_SUBNETIDMALFORMED = "InvalidParameterValue.SubnetIdMalformed"

	// Invalid parameter value: tag key not found.
	INVALIDPARAMETERVALUE_TAGKEYNOTFOUND = "InvalidParameterValue.TagKeyNotFound"

	// Invalid parameter value: vpc id malformed.
	INVALIDPARAMETERVALUE_VPCIDMALFORMED = "InvalidParameterValue.VpcIdMalformed"

	// Invalid security group id: not found.
	INVALIDSECURITYGROUPID_NOTFOUND = "InvalidSecurityGroupId.NotFound"

	// Invalid sg id: malformed.
	INVALIDSGID_MALFORMED = "InvalidSgId.Malformed"

	// Invalid zone: mismatch region.
	INVALIDZONE_MISMATCHREGION = "InvalidZone.MismatchRegion"

	// Limit exceeded: user return quota.
	LIMITEXCEEDED_USERRETURNQUOTA = "LimitExceeded.UserReturnQuota"

	// Mutex operation: task running.
	MUTEXOPERATION_TASKRUNNING = "MutexOperation.TaskRunning"

	// Operation denied: instance operation in progress.
	OPERATIONDENIED_INSTANCEOPERATIONINPROGRESS = "OperationDenied.InstanceOperationInProgress"

	// Resource in use.
	RESOURCEINUSE = "ResourceInUse"

	// Resource not found: hpc cluster.
	RESOURCENOTFOUND_HPCCLUSTER = "ResourceNotFound.HpcCluster"

	// Resource not found: no default cbs.
	RESOURCENOTFOUND_NODEFAULTCBS = "ResourceNotFound.NoDefaultCbs"

	// Unauthorized operation: invalid token.
	UNAUTHORIZEDOPERATION_INVALIDTOKEN = "UnauthorizedOperation.InvalidToken"

	// Unsupported operation.
	UNSUPPORTEDOPERATION = "UnsupportedOperation"

	// Unsupported operation: instance state running.
	UNSUPPORTEDOPERATION_INSTANCESTATERUNNING = "UnsupportedOperation.InstanceStateRunning"
)
