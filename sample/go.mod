module example.com/tcerrcheck-sample

go 1.26.0

require (
	github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cdn v1.3.154
	github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common v1.3.210
	github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm v1.3.159
	github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/vpc v1.3.184
)

require (
	github.com/tencentcloud/tencentcloud-sdk-go-intl-en v3.0.646+incompatible
	github.com/tencentyun/cos-go-sdk-v5 v0.7.70
)

require (
	github.com/clbanning/mxj v1.8.4 // indirect
	github.com/google/go-querystring v1.0.0 // indirect
	github.com/mitchellh/mapstructure v1.4.3 // indirect
	github.com/mozillazg/go-httpheader v0.2.1 // indirect
)
