package v20200101

const (
	// Operation failed.
	FAILEDOPERATION = "FailedOperation"

	// Only the older international SDK still declares this one.
	UNSUPPORTEDOPERATION_LEGACYTHING = "UnsupportedOperation.LegacyThing"
)
