package v20190101

const (
	// The name does not reverse to the value: underscores and an empty segment.
	INTERNALERROR_SYS_ERR = "InternalError.SYS_ERR"

	// A real SDK code with an empty last segment.
	MISSINGPARAMETER_ = "MissingParameter."

	// Same code as demo's, different case: another product.
	INTERNALERROR_TIMEOUT = "InternalError.TimeOut"
)
