// Package v20200101 is a minimal product package in the SDK layout, for
// asserting the facts the analyzer exports when it runs on a product.
package v20200101

const (
	// First code.
	FAILEDOPERATION_ONE = "FailedOperation.One"
	// Second code.
	RESOURCENOTFOUND_TWO = "ResourceNotFound.Two"
	// Third code.
	INTERNALERROR_THREE = "InternalError.Three"
)
