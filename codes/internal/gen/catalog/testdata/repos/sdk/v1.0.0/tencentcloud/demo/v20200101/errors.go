package v20200101

const (
	// 此产品的特有错误码

	// 操作失败。
	FAILEDOPERATION = "FailedOperation"

	// 实例不存在。
	INVALIDINSTANCEID_NOTFOUND = "InvalidInstanceId.NotFound"

	// 内部错误。
	INTERNALERROR_TIMEOUT = "InternalError.Timeout"
)
