package common

// CommonRequest is the generic client's request: any product's action,
// named by strings, with parameters set from a map or JSON.
type CommonRequest struct {
	*BaseRequest
	actionParameters map[string]interface{}
}

// NewCommonRequest names the service (cvm), the API version (2017-03-12)
// and the action (DescribeInstances) of a request, as the real one does.
func NewCommonRequest(service, version, action string) (request *CommonRequest) {
	request = &CommonRequest{BaseRequest: &BaseRequest{}, actionParameters: map[string]interface{}{}}
	request.Init().WithApiInfo(service, version, action)
	return
}

// SetActionParameters accepts a map in the stub; the real one also takes JSON text.
func (cr *CommonRequest) SetActionParameters(data interface{}) error {
	if m, ok := data.(map[string]interface{}); ok {
		cr.actionParameters = m
	}
	return nil
}
