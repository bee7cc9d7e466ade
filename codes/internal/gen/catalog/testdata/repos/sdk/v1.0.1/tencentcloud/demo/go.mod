module github.com/example/sdk/tencentcloud/demo

require github.com/example/sdk/tencentcloud/common v1.0.1
