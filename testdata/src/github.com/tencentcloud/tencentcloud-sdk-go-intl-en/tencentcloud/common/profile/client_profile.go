// Package profile is a test stub of tencentcloud-sdk-go-intl-en/tencentcloud/common/profile
// (intl-en v3.0.646+incompatible): the client options product clients take.
package profile

import "time"

// DurationFunc returns the wait before retry number index.
type DurationFunc func(index int) time.Duration

// ClientProfile holds client options. Only the fields callers commonly set
// are stubbed; the retry fields matter because the SDK's own rate-limit
// retry (off by default) compares the code with "RequestLimitExceeded"
// exactly.
type ClientProfile struct {
	HttpProfile     *HttpProfile
	SignMethod      string
	UnsignedPayload bool
	Language        string
	Debug           bool

	DisableRegionBreaker bool
	BackupEndpoint       string

	NetworkFailureMaxRetries       int
	NetworkFailureRetryDuration    DurationFunc
	RateLimitExceededMaxRetries    int
	RateLimitExceededRetryDuration DurationFunc
}

func NewClientProfile() *ClientProfile {
	return &ClientProfile{
		HttpProfile:          NewHttpProfile(),
		SignMethod:           "TC3-HMAC-SHA256",
		Language:             "zh-CN",
		DisableRegionBreaker: true,
	}
}

// HttpProfile holds transport options.
type HttpProfile struct {
	ReqMethod  string
	ReqTimeout int
	Scheme     string
	Endpoint   string
}

func NewHttpProfile() *HttpProfile {
	return &HttpProfile{
		ReqMethod:  "POST",
		ReqTimeout: 60,
		Scheme:     "HTTPS",
	}
}
