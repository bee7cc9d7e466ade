package v20170312

const (
	// Error codes of this product (a subset of tencentcloud-sdk-go/tencentcloud/vpc v1.3.184).

	// Failed operation: net detect time out.
	FAILEDOPERATION_NETDETECTTIMEOUT = "FailedOperation.NetDetectTimeOut"

	// Internal error.
	INTERNALERROR = "InternalError"

	// Internal error: create ckafka route error.
	INTERNALERROR_CREATECKAFKAROUTEERROR = "InternalError.CreateCkafkaRouteError"

	// Internal error: module error.
	INTERNALERROR_MODULEERROR = "InternalError.ModuleError"

	// Internal server error.
	INTERNALSERVERERROR = "InternalServerError"

	// Invalid parameter.
	INVALIDPARAMETER = "InvalidParameter"

	// Invalid parameter: coexist.
	INVALIDPARAMETER_COEXIST = "InvalidParameter.Coexist"

	// Invalid parameter: filter invalid key.
	INVALIDPARAMETER_FILTERINVALIDKEY = "InvalidParameter.FilterInvalidKey"

	// Invalid parameter: filter not dict.
	INVALIDPARAMETER_FILTERNOTDICT = "InvalidParameter.FilterNotDict"

	// Invalid parameter: filter values not list.
	INVALIDPARAMETER_FILTERVALUESNOTLIST = "InvalidParameter.FilterValuesNotList"

	// Invalid parameter: invalid filter.
	INVALIDPARAMETER_INVALIDFILTER = "InvalidParameter.InvalidFilter"

	// Invalid parameter value: address id malformed.
	INVALIDPARAMETERVALUE_ADDRESSIDMALFORMED = "InvalidParameterValue.AddressIdMalformed"

	// Invalid parameter value: invalid dedicated cluster id.
	INVALIDPARAMETERVALUE_INVALIDDEDICATEDCLUSTERID = "InvalidParameterValue.InvalidDedicatedClusterId"

	// Invalid parameter value: limit exceeded.
	INVALIDPARAMETERVALUE_LIMITEXCEEDED = "InvalidParameterValue.LimitExceeded"

	// Invalid parameter value: malformed.
	INVALIDPARAMETERVALUE_MALFORMED = "InvalidParameterValue.Malformed"

	// Invalid parameter value: network interface id malformed.
	INVALIDPARAMETERVALUE_NETWORKINTERFACEIDMALFORMED = "InvalidParameterValue.NetworkInterfaceIdMalformed"

	// Invalid parameter value: not utf 8 encoding error.
	INVALIDPARAMETERVALUE_NOTUTF8ENCODINGERROR = "InvalidParameterValue.NotUtf8EncodingError"

	// Invalid parameter value: range.
	INVALIDPARAMETERVALUE_RANGE = "InvalidParameterValue.Range"

	// Invalid parameter value: resource id malformed.
	INVALIDPARAMETERVALUE_RESOURCEIDMALFORMED = "InvalidParameterValue.ResourceIdMalformed"

	// Invalid security group ID: malformed.
	INVALIDSECURITYGROUPID_MALFORMED = "InvalidSecurityGroupID.Malformed"

	// Invalid security group ID: not found.
	INVALIDSECURITYGROUPID_NOTFOUND = "InvalidSecurityGroupID.NotFound"

	// Limit exceeded: action limited.
	LIMITEXCEEDED_ACTIONLIMITED = "LimitExceeded.ActionLimited"

	// Limit exceeded: number of filters.
	LIMITEXCEEDED_NUMBEROFFILTERS = "LimitExceeded.NumberOfFilters"

	// Request limit exceeded.
	REQUESTLIMITEXCEEDED = "RequestLimitExceeded"

	// Resource in use.
	RESOURCEINUSE = "ResourceInUse"

	// Resource in use: address.
	RESOURCEINUSE_ADDRESS = "ResourceInUse.Address"

	// Resource in use: nat used by CFW.
	RESOURCEINUSE_NATUSEDBYCFW = "ResourceInUse.NatUsedByCFW"

	// Resource not found.
	RESOURCENOTFOUND = "ResourceNotFound"

	// Resource not found: svc not exist.
	RESOURCENOTFOUND_SVCNOTEXIST = "ResourceNotFound.SvcNotExist"

	// Resource unavailable.
	RESOURCEUNAVAILABLE = "ResourceUnavailable"

	// Unsupported operation.
	UNSUPPORTEDOPERATION = "UnsupportedOperation"

	// Unsupported operation: app id mismatch.
	UNSUPPORTEDOPERATION_APPIDMISMATCH = "UnsupportedOperation.AppIdMismatch"

	// Unsupported operation: locked resources.
	UNSUPPORTEDOPERATION_LOCKEDRESOURCES = "UnsupportedOperation.LockedResources"

	// Unsupported operation: record not exists.
	UNSUPPORTEDOPERATION_RECORDNOTEXISTS = "UnsupportedOperation.RecordNotExists"

	// Unsupported operation: route table has subnet rule.
	UNSUPPORTEDOPERATION_ROUTETABLEHASSUBNETRULE = "UnsupportedOperation.RouteTableHasSubnetRule"
)
