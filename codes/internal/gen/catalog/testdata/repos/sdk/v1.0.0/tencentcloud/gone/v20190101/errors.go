package v20190101

const (
	// 下一个版本删除的产品。
	FAILEDOPERATION_GONE = "FailedOperation.Gone"
)
