package v20200217

const (
	// Error codes of this product (a subset of tencentcloud-sdk-go/tencentcloud/tdmq v1.0.599,
	// an SDK older than some codes tdmq returns today, newer than some it dropped).

	// Failed operation.
	FAILEDOPERATION = "FailedOperation"

	// Failed to create the VPC binding (dropped after v1.0.701).
	FAILEDOPERATION_CREATEBINDVPC = "FailedOperation.CreateBindVpc"

	// Failed to delete the cluster.
	FAILEDOPERATION_DELETECLUSTER = "FailedOperation.DeleteCluster"

	// Illegal message.
	INTERNALERROR_ILLEGALMESSAGE = "InternalError.IllegalMessage"

	// Invalid parameter.
	INVALIDPARAMETER = "InvalidParameter"

	// Pulsar admin error (first declared in v1.0.542).
	FAILEDOPERATION_PULSARADMINERROR = "FailedOperation.PulsarAdminError"

	// The VPC routes must be cleared first.
	FAILEDOPERATION_VPCINUSE = "FailedOperation.VpcInUse"

	// The cluster already exists (dropped after v1.3.52).
	RESOURCEINUSE_CLUSTER = "ResourceInUse.Cluster"

	// The resource does not exist.
	RESOURCENOTFOUND = "ResourceNotFound"

	// The cluster does not exist.
	RESOURCENOTFOUND_CLUSTER = "ResourceNotFound.Cluster"
)
