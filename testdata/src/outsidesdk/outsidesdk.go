// Package outsidesdk merges SDK errors with errors of functions the
// analyzer cannot read: those of the standard library and golang.org/x
// handed nothing that can call back add nothing; the others keep the
// origin unknown.
package outsidesdk

import (
	"context"
	"encoding/json"
	"strconv"

	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
	"golang.org/x/time/rate"
	"ownlib"
)

// apiCall waits for its turn, then calls: the limiter's error is never an
// SDK error.
func apiCall(ctx context.Context, l *rate.Limiter, client *cvm.Client) (err error) {
	if err = l.Wait(ctx); err != nil {
		return
	}
	_, err = client.StartInstances(cvm.NewStartInstancesRequest())
	return
}

func throughLimiter(ctx context.Context, l *rate.Limiter, client *cvm.Client) bool {
	err := apiCall(ctx, l, client)
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		return e.Code == "InvalidDiskId.NotFound" // want `^wrong-product: "InvalidDiskId.NotFound" is declared by cbs, but cvm StartInstances never returns it`
	}
	return false
}

// A number parsed before the call: strconv hands back its own errors.
func parsedFirst(client *cvm.Client, limit string) bool {
	_, err := strconv.Atoi(limit)
	if err == nil {
		_, err = client.StartInstances(cvm.NewStartInstancesRequest())
	}
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		return e.Code == "InvalidDiskId.NotFound" // want `^wrong-product: "InvalidDiskId.NotFound" is declared by cbs, but cvm StartInstances never returns it`
	}
	return false
}

// json.Unmarshal runs the UnmarshalJSON methods of what it fills, which
// may return anything: the origin stays unknown.
func decodedFirst(client *cvm.Client, data []byte, into any) bool {
	err := json.Unmarshal(data, into)
	if err == nil {
		_, err = client.StartInstances(cvm.NewStartInstancesRequest())
	}
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		return e.Code == "InvalidDiskId.NotFound"
	}
	return false
}

// A package of the program's own (here one without a dot in its path, as
// a main module's may be) is not read: it may call the SDK.
func ownPackageFirst(client *cvm.Client) bool {
	err := ownlib.Load()
	if err == nil {
		_, err = client.StartInstances(cvm.NewStartInstancesRequest())
	}
	if e, ok := err.(*errors.TencentCloudSDKError); ok {
		return e.Code == "InvalidDiskId.NotFound"
	}
	return false
}
