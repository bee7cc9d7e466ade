module example.com/tcerrcheck-sample

go 1.26.0

require (
	github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cdn v1.3.154
	github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common v1.3.210
	github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm v1.3.159
	github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/vpc v1.3.184
)

require github.com/tencentcloud/tencentcloud-sdk-go-intl-en v3.0.646+incompatible
