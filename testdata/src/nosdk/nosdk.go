// Package nosdk imports no SDK package: it is not looked at, whatever its
// strings look like.
package nosdk

type apiError struct{ Code string }

func (e *apiError) GetCode() string { return e.Code }

func check(e *apiError) bool {
	return e.Code == "InvalidInstanceId.NotFonud" || e.GetCode() == "InvalidRequest.LimitExceeded"
}
