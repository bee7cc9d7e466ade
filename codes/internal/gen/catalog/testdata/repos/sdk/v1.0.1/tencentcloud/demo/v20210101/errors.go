package v20210101

const (
	// 操作失败。
	FAILEDOPERATION = "FailedOperation"

	// 新版本的错误码。
	RESOURCENOTFOUND_THING = "ResourceNotFound.Thing"

	// 取代 ResourceNotFound.OldThing 的错误码。
	RESOURCENOTFOUND_NEWTHING = "ResourceNotFound.NewThing"
)
