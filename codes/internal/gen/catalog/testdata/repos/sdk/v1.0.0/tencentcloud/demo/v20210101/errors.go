package v20210101

const (
	// 操作失败。
	FAILEDOPERATION = "FailedOperation"

	// 新版本的错误码。
	RESOURCENOTFOUND_THING = "ResourceNotFound.Thing"

	// 下一个版本删除的错误码。
	RESOURCENOTFOUND_OLDTHING = "ResourceNotFound.OldThing"
)
