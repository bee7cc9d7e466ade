// Package cos is an application's own package named cos whose
// ErrorResponse only looks like the COS SDK's: it is not one.
package cos

type ErrorResponse struct {
	Code    string
	Message string
}

func (r *ErrorResponse) Error() string { return r.Code }

type ObjectService struct{}

func (s *ObjectService) Get(name string) error { return &ErrorResponse{Code: "NoSuchKeys"} }
