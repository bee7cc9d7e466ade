package generics // want package:"sdkUser"

// generics has generic helpers and wrappers around SDK calls. Nothing
// here may panic; what cannot be resolved stays silent, and
// product-independent checks still run.

import (
	"errors"
	"slices"

	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// IsCode is a generic helper taking a code list.
func IsCode[T error](err T, codes ...string) bool {
	var e *sdkerrors.TencentCloudSDKError
	if errors.As(err, &e) {
		return slices.Contains(codes, e.Code)
	}
	return false
}

// Call is a generic wrapper: the error is whatever f returns.
func Call[Req, Resp any](f func(Req) (Resp, error), req Req) (Resp, error) { // want Call:`errorFrom\(func param 0\)`
	return f(req)
}

// Describer is satisfied by the cvm client.
type Describer interface {
	DescribeInstances(*cvm.DescribeInstancesRequest) (*cvm.DescribeInstancesResponse, error)
}

// Describe is generic over its client.
func Describe[C Describer](c C) error {
	_, err := c.DescribeInstances(cvm.NewDescribeInstancesRequest())
	return err
}

// Result holds a value or an error.
type Result[T any] struct {
	Value T
	Err   error
}

func helper(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	return IsCode(err, "InvalidInstanceId.NotFound", "ResourceNotFound.CdnHostNotExists")
}

// The method value passed to the generic wrapper gives the error its
// origin.
func wrapper(client *cvm.Client) bool {
	_, err := Call(client.DescribeInstances, cvm.NewDescribeInstancesRequest())
	e, ok := err.(*sdkerrors.TencentCloudSDKError)
	return ok && (e.Code == "ResourceNotFound.CdnHostNotExists" || // want `wrong-product: "ResourceNotFound.CdnHostNotExists" is declared by cdn, but cvm DescribeInstances never returns it`
		e.Code == "InvalidInstanceId.NotFonud" || // want `unknown error code "InvalidInstanceId.NotFonud" for cvm DescribeInstances; did you mean "InvalidInstanceId.NotFound"\?`
		e.Code == "InvalidRequest.LimitExceeded") // want `"InvalidRequest.LimitExceeded" is an API 2.0 error code`
}

func genericClient(client *cvm.Client) bool {
	e, ok := Describe(client).(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "ResourceNotFound.CdnHostNotExists"
}

func result(client *cvm.Client) bool {
	_, err := client.DescribeInstances(cvm.NewDescribeInstancesRequest())
	r := Result[int]{Err: err}
	e, ok := r.Err.(*sdkerrors.TencentCloudSDKError)
	return ok && e.Code == "ResourceNotFound.CdnHostNotExists"
}

// CodeOf reads the code through a type parameter's method.
func CodeOf[E interface{ GetCode() string }](e E) bool {
	return e.GetCode() == "InvalidInstanceId.NotFound" ||
		e.GetCode() == "InvalidInstanceId.NotFonud" // want `unknown error code "InvalidInstanceId.NotFonud"; "InvalidInstanceId.NotFound" is compared next to it`
}

// Instantiations of the generic functions.
var (
	_ = CodeOf[*sdkerrors.TencentCloudSDKError]
	_ = Describe[*cvm.Client]
)
