package v20170312

const (
	// Error codes of this product (a subset of tencentcloud-sdk-go/tencentcloud/cvm v1.3.159).

	// Account qualification restrictions.
	ACCOUNTQUALIFICATIONRESTRICTIONS = "AccountQualificationRestrictions"

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

	// Invalid client token: too long.
	INVALIDCLIENTTOKEN_TOOLONG = "InvalidClientToken.TooLong"

	// Invalid filter.
	INVALIDFILTER = "InvalidFilter"

	// Invalid filter value: limit exceeded.
	INVALIDFILTERVALUE_LIMITEXCEEDED = "InvalidFilterValue.LimitExceeded"

	// Invalid host id: malformed.
	INVALIDHOSTID_MALFORMED = "InvalidHostId.Malformed"

	// Invalid image id: not found.
	INVALIDIMAGEID_NOTFOUND = "InvalidImageId.NotFound"

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

	// Invalid parameter value: invalid image id.
	INVALIDPARAMETERVALUE_INVALIDIMAGEID = "InvalidParameterValue.InvalidImageId"

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

	// Invalid parameter value: uuid malformed.
	INVALIDPARAMETERVALUE_UUIDMALFORMED = "InvalidParameterValue.UuidMalformed"

	// Invalid parameter value: vpc id malformed.
	INVALIDPARAMETERVALUE_VPCIDMALFORMED = "InvalidParameterValue.VpcIdMalformed"

	// Invalid security group id: not found.
	INVALIDSECURITYGROUPID_NOTFOUND = "InvalidSecurityGroupId.NotFound"

	// Invalid sg id: malformed.
	INVALIDSGID_MALFORMED = "InvalidSgId.Malformed"

	// Invalid zone: mismatch region.
	INVALIDZONE_MISMATCHREGION = "InvalidZone.MismatchRegion"

	// Limit exceeded: hpc cluster quota.
	LIMITEXCEEDED_HPCCLUSTERQUOTA = "LimitExceeded.HpcClusterQuota"

	// Limit exceeded: instance quota.
	LIMITEXCEEDED_INSTANCEQUOTA = "LimitExceeded.InstanceQuota"

	// Limit exceeded: spot quota.
	LIMITEXCEEDED_SPOTQUOTA = "LimitExceeded.SpotQuota"

	// Limit exceeded: user return quota.
	LIMITEXCEEDED_USERRETURNQUOTA = "LimitExceeded.UserReturnQuota"

	// Mutex operation: task running.
	MUTEXOPERATION_TASKRUNNING = "MutexOperation.TaskRunning"

	// Operation denied: instance operation in progress.
	OPERATIONDENIED_INSTANCEOPERATIONINPROGRESS = "OperationDenied.InstanceOperationInProgress"

	// Resource in use.
	RESOURCEINUSE = "ResourceInUse"

	// Resource in use: disk rollbacking.
	RESOURCEINUSE_DISKROLLBACKING = "ResourceInUse.DiskRollbacking"

	// Resource in use: hpc cluster.
	RESOURCEINUSE_HPCCLUSTER = "ResourceInUse.HpcCluster"

	// Resource insufficient: specified instance type.
	RESOURCEINSUFFICIENT_SPECIFIEDINSTANCETYPE = "ResourceInsufficient.SpecifiedInstanceType"

	// Resource not found: hpc cluster.
	RESOURCENOTFOUND_HPCCLUSTER = "ResourceNotFound.HpcCluster"

	// Resource not found: invalid instance id not found.
	RESOURCENOTFOUND_INVALIDINSTANCEIDNOTFOUND = "ResourceNotFound.InvalidInstanceIdNotFound"

	// Resource not found: invalid placement set.
	RESOURCENOTFOUND_INVALIDPLACEMENTSET = "ResourceNotFound.InvalidPlacementSet"

	// Resource not found: invalid zone instance type.
	RESOURCENOTFOUND_INVALIDZONEINSTANCETYPE = "ResourceNotFound.InvalidZoneInstanceType"

	// Resource not found: key pair not found.
	RESOURCENOTFOUND_KEYPAIRNOTFOUND = "ResourceNotFound.KeyPairNotFound"

	// Resource not found: no default cbs.
	RESOURCENOTFOUND_NODEFAULTCBS = "ResourceNotFound.NoDefaultCbs"

	// Resource not found: no default cbs with reason.
	RESOURCENOTFOUND_NODEFAULTCBSWITHREASON = "ResourceNotFound.NoDefaultCbsWithReason"

	// Resource not found: resource pool pack id not found.
	RESOURCENOTFOUND_RESOURCEPOOLPACKIDNOTFOUND = "ResourceNotFound.ResourcePoolPackIdNotFound"

	// Resource unavailable: instance type.
	RESOURCEUNAVAILABLE_INSTANCETYPE = "ResourceUnavailable.InstanceType"

	// Resources sold out: specified instance type.
	RESOURCESSOLDOUT_SPECIFIEDINSTANCETYPE = "ResourcesSoldOut.SpecifiedInstanceType"

	// Unauthorized operation: invalid token.
	UNAUTHORIZEDOPERATION_INVALIDTOKEN = "UnauthorizedOperation.InvalidToken"

	// Unsupported operation.
	UNSUPPORTEDOPERATION = "UnsupportedOperation"

	// Unsupported operation: instance state banning.
	UNSUPPORTEDOPERATION_INSTANCESTATEBANNING = "UnsupportedOperation.InstanceStateBanning"

	// Unsupported operation: instance state running.
	UNSUPPORTEDOPERATION_INSTANCESTATERUNNING = "UnsupportedOperation.InstanceStateRunning"

	// Unsupported operation: instance state starting.
	UNSUPPORTEDOPERATION_INSTANCESTATESTARTING = "UnsupportedOperation.InstanceStateStarting"

	// Unsupported operation: instance state terminated.
	UNSUPPORTEDOPERATION_INSTANCESTATETERMINATED = "UnsupportedOperation.InstanceStateTerminated"

	// Unsupported operation: instance state terminating.
	UNSUPPORTEDOPERATION_INSTANCESTATETERMINATING = "UnsupportedOperation.InstanceStateTerminating"
)
