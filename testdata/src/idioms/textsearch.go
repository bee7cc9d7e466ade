package idioms

import (
	"fmt"
	"strings"

	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// Searches of the error's text written with strings.Index, and the text
// taken with fmt.Sprintf or fmt.Sprint rather than err.Error().
func textSearches(client *cvm.Client) (bool, bool, bool, bool) {
	_, err := client.StartInstances(cvm.NewStartInstancesRequest())
	return strings.Index(err.Error(), "Code=UnsupportedOperation.InstanceStateRuning") > 0, // want `did you mean "UnsupportedOperation.InstanceStateRunning"`
		strings.Index(err.Error(), "Code=UnsupportedOperation.InstanceStateRuning") >= 0, // want `did you mean "UnsupportedOperation.InstanceStateRunning"`
		strings.Contains(fmt.Sprintf("%s", err), "Code=UnsupportedOperation.InstanceStateRuning"), // want `did you mean "UnsupportedOperation.InstanceStateRunning"`
		strings.Contains(fmt.Sprint(err), "Code=UnsupportedOperation.InstanceStateRuning") // want `did you mean "UnsupportedOperation.InstanceStateRunning"`
}

// Look-alikes: a real code; the text of something that is not the error;
// a format that adds to the text; the negated Index forms, whose branches
// read the other way round, are not taken.
func textSearchesClean(client *cvm.Client, name string) (bool, bool, bool, bool) {
	_, err := client.StartInstances(cvm.NewStartInstancesRequest())
	return strings.Index(err.Error(), "Code=UnsupportedOperation.InstanceStateRunning") > 0,
		strings.Contains(fmt.Sprintf("%s", name), "Code=UnsupportedOperation.InstanceStateRuning"),
		strings.Contains(fmt.Sprintf("start: %s", err), "UnsupportedOperation.InstanceStateRuning"),
		strings.Index(err.Error(), "Code=UnsupportedOperation.InstanceStateRuning") == -1
}
