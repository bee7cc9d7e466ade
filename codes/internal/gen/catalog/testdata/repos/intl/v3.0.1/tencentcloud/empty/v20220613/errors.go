package v20220613

const (
	// 此产品的特有错误码
)
