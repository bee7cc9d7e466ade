package copies

// apiError is the application's own error, shaped like the SDK's but
// declared here: its codes are not the SDK's, and nothing is reported.
type apiError struct {
	Code      string
	Message   string
	RequestId string
}

func (e *apiError) Error() string   { return e.Code }
func (e *apiError) GetCode() string { return e.Code }

// statusError has only a Code field.
type statusError struct{ Code string }

func (e *statusError) Error() string { return e.Code }

func appErrors(err error) bool {
	if e, ok := err.(*apiError); ok && (e.Code == "InvalidInstanceId.NotFonud" || e.GetCode() == "RequestLimitExceeded") {
		return true
	}
	e, ok := err.(*statusError)
	return ok && e.Code == "InvalidRequest.LimitExceeded"
}
