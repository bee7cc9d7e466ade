// Package common (imported as tchttp) is the fork's request plumbing.
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
	service string
	version string
	action  string
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
