package v20180525

const (
	// Error codes of this product (a subset of tencentcloud-sdk-go/tencentcloud/tke v1.3.158).

	// Failed operation.
	FAILEDOPERATION = "FailedOperation"

	// Failed operation: cam no auth.
	FAILEDOPERATION_CAMNOAUTH = "FailedOperation.CamNoAuth"

	// Failed operation: cluster forbidden to delete.
	FAILEDOPERATION_CLUSTERFORBIDDENTODELETE = "FailedOperation.ClusterForbiddenToDelete"

	// Failed operation: cluster not found.
	FAILEDOPERATION_CLUSTERNOTFOUND = "FailedOperation.ClusterNotFound"

	// Failed operation: cluster state.
	FAILEDOPERATION_CLUSTERSTATE = "FailedOperation.ClusterState"

	// Failed operation: component client common.
	FAILEDOPERATION_COMPONENTCLIENTCOMMON = "FailedOperation.ComponentClientCommon"

	// Failed operation: component client http.
	FAILEDOPERATION_COMPONENTCLIENTHTTP = "FailedOperation.ComponentClientHttp"

	// Failed operation: component clinet http.
	FAILEDOPERATION_COMPONENTCLINETHTTP = "FailedOperation.ComponentClinetHttp"

	// Failed operation: cvm common.
	FAILEDOPERATION_CVMCOMMON = "FailedOperation.CvmCommon"

	// Failed operation: db record not found.
	FAILEDOPERATION_DBRECORDNOTFOUND = "FailedOperation.DbRecordNotFound"

	// Failed operation: param.
	FAILEDOPERATION_PARAM = "FailedOperation.Param"

	// Failed operation: record not found.
	FAILEDOPERATION_RECORDNOTFOUND = "FailedOperation.RecordNotFound"

	// Failed operation: tag common.
	FAILEDOPERATION_TAGCOMMON = "FailedOperation.TagCommon"

	// Failed operation: unexpected error.
	FAILEDOPERATION_UNEXPECTEDERROR = "FailedOperation.UnexpectedError"

	// Failed operation: vpc common.
	FAILEDOPERATION_VPCCOMMON = "FailedOperation.VpcCommon"

	// Failed operation: vpc recodr not found.
	FAILEDOPERATION_VPCRECODRNOTFOUND = "FailedOperation.VpcRecodrNotFound"

	// Internal error.
	INTERNALERROR = "InternalError"

	// Internal error: cam no auth.
	INTERNALERROR_CAMNOAUTH = "InternalError.CamNoAuth"

	// Internal error: cidr invali.
	INTERNALERROR_CIDRINVALI = "InternalError.CidrInvali"

	// Internal error: cidr mask size out of range.
	INTERNALERROR_CIDRMASKSIZEOUTOFRANGE = "InternalError.CidrMaskSizeOutOfRange"

	// Internal error: cluster not found.
	INTERNALERROR_CLUSTERNOTFOUND = "InternalError.ClusterNotFound"

	// Internal error: cluster state.
	INTERNALERROR_CLUSTERSTATE = "InternalError.ClusterState"

	// Internal error: component client http.
	INTERNALERROR_COMPONENTCLIENTHTTP = "InternalError.ComponentClientHttp"

	// Internal error: component clinet http.
	INTERNALERROR_COMPONENTCLINETHTTP = "InternalError.ComponentClinetHttp"

	// Internal error: db.
	INTERNALERROR_DB = "InternalError.Db"

	// Internal error: db affectived rows.
	INTERNALERROR_DBAFFECTIVEDROWS = "InternalError.DbAffectivedRows"

	// Internal error: invalid private network cidr.
	INTERNALERROR_INVALIDPRIVATENETWORKCIDR = "InternalError.InvalidPrivateNetworkCidr"

	// Internal error: param.
	INTERNALERROR_PARAM = "InternalError.Param"

	// Internal error: public cluster op not support.
	INTERNALERROR_PUBLICCLUSTEROPNOTSUPPORT = "InternalError.PublicClusterOpNotSupport"

	// Internal error: quota max cls limit.
	INTERNALERROR_QUOTAMAXCLSLIMIT = "InternalError.QuotaMaxClsLimit"

	// Internal error: quota max nod limit.
	INTERNALERROR_QUOTAMAXNODLIMIT = "InternalError.QuotaMaxNodLimit"

	// Internal error: unexcepted internal.
	INTERNALERROR_UNEXCEPTEDINTERNAL = "InternalError.UnexceptedInternal"

	// Internal error: unexpected internal.
	INTERNALERROR_UNEXPECTEDINTERNAL = "InternalError.UnexpectedInternal"

	// Internal error: vpc recodr not found.
	INTERNALERROR_VPCRECODRNOTFOUND = "InternalError.VpcRecodrNotFound"

	// Invalid parameter.
	INVALIDPARAMETER = "InvalidParameter"

	// Invalid parameter: CIDR mask size out of range.
	INVALIDPARAMETER_CIDRMASKSIZEOUTOFRANGE = "InvalidParameter.CIDRMaskSizeOutOfRange"

	// Invalid parameter: cidr invali.
	INVALIDPARAMETER_CIDRINVALI = "InvalidParameter.CidrInvali"

	// Invalid parameter: cidr invalid.
	INVALIDPARAMETER_CIDRINVALID = "InvalidParameter.CidrInvalid"

	// Invalid parameter: invalid private network CIDR.
	INVALIDPARAMETER_INVALIDPRIVATENETWORKCIDR = "InvalidParameter.InvalidPrivateNetworkCIDR"

	// Invalid parameter: param.
	INVALIDPARAMETER_PARAM = "InvalidParameter.Param"

	// Limit exceeded.
	LIMITEXCEEDED = "LimitExceeded"

	// Operation denied: cluster in deletion protection.
	OPERATIONDENIED_CLUSTERINDELETIONPROTECTION = "OperationDenied.ClusterInDeletionProtection"

	// Resource not found.
	RESOURCENOTFOUND = "ResourceNotFound"

	// Resource unavailable.
	RESOURCEUNAVAILABLE = "ResourceUnavailable"

	// Unauthorized operation: cam no auth.
	UNAUTHORIZEDOPERATION_CAMNOAUTH = "UnauthorizedOperation.CamNoAuth"

	// Unsupported operation.
	UNSUPPORTEDOPERATION = "UnsupportedOperation"
)
