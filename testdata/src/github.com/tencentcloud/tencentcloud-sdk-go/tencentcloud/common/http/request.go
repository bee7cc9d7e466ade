// Package common (imported as tchttp, directory common/http) is a test stub
// of the SDK's request/response plumbing in tencentcloud-sdk-go/tencentcloud/common
// v1.3.210. The real package is also named common although it lives in
// common/http; product packages import it as tchttp.
package common

import "context"

// Request is the subset of the real Request interface that the stubbed
// client needs.
type Request interface {
	GetAction() string
	GetService() string
	GetVersion() string
	GetContext() context.Context
	SetContext(context.Context)
}

// BaseRequest is embedded (as a pointer) in every product request type.
type BaseRequest struct {
	context context.Context
	domain  string
	params  map[string]string
	service string
	version string
	action  string
}

// SetDomain sends the request to domain instead of <service>.tencentcloudapi.com.
func (r *BaseRequest) SetDomain(domain string) { r.domain = domain }
func (r *BaseRequest) GetDomain() string       { return r.domain }
func (r *BaseRequest) GetParams() map[string]string {
	if r.params == nil {
		r.params = map[string]string{}
	}
	return r.params
}

func (r *BaseRequest) GetAction() string  { return r.action }
func (r *BaseRequest) GetService() string { return r.service }
func (r *BaseRequest) GetVersion() string { return r.version }

func (r *BaseRequest) GetContext() context.Context {
	if r.context == nil {
		return context.Background()
	}
	return r.context
}

func (r *BaseRequest) SetContext(ctx context.Context) { r.context = ctx }

func (r *BaseRequest) Init() *BaseRequest { return r }

func (r *BaseRequest) WithApiInfo(service, version, action string) *BaseRequest {
	r.service = service
	r.version = version
	r.action = action
	return r
}
