package gclplugin_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// newFixesFile is written into a copy of the sample: one site for each of
// the fixes that are not exercised by the sample's markers (prefer-constant
// is off by default; the sample's retry logic matches its families in ways
// no list entry completes).
const newFixesFile = `package main

import (
	"errors"
	"strings"

	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

var retryPrefixes = []string{"RequestLimitExceeded", "InternalError"}

func retriable(err error) bool {
	var e *sdkerrors.TencentCloudSDKError
	if !errors.As(err, &e) {
		return false
	}
	for _, p := range retryPrefixes {
		if strings.HasPrefix(e.Code, p) {
			return true
		}
	}
	return false
}

func stopGone(client *cvm.Client) bool {
	_, err := client.StopInstances(cvm.NewStopInstancesRequest())
	var e *sdkerrors.TencentCloudSDKError
	return errors.As(err, &e) && e.Code == "InvalidInstanceId.NotFound"
}
`

// --fix applies the prefer-constant and retry-incomplete fixes, the fixed
// program (every prefer-constant fix on the sample included) still builds
// and vets, and the fixed sites are no longer reported.
func (e *e2e) testNewFixes(t *testing.T) {
	dir := e.copySample(t)
	path := filepath.Join(dir, "newfixes.go")
	if err := os.WriteFile(path, []byte(newFixesFile), 0o644); err != nil {
		t.Fatal(err)
	}
	config := writeConfig(t, "          enable: [prefer-constant]\n")
	before := e.lintJSON(t, dir, config)
	if !hasIssue(before, "newfixes.go:", "prefer-constant") || !hasIssue(before, "newfixes.go:", "retry-incomplete") {
		t.Fatalf("before --fix, newfixes.go lacks a prefer-constant or a retry-incomplete issue: %v", before)
	}
	e.lintJSON(t, dir, config, "--fix")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`[]string{"RequestLimitExceeded", "InternalError", "ServiceUnavailable", "ClientError.NetworkError"}`,
		`e.Code == cvm.INVALIDINSTANCEID_NOTFOUND`,
	} {
		if !strings.Contains(string(data), want) {
			t.Errorf("after --fix, newfixes.go lacks %s:\n%s", want, data)
		}
	}
	for _, args := range [][]string{{"build", "./..."}, {"vet", "./..."}} {
		cmd := exec.Command("go", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("go %s on the fixed sample: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	after := e.lintJSON(t, dir, config)
	if hasIssue(after, "newfixes.go:", "prefer-constant") || hasIssue(after, "newfixes.go:", "retry-incomplete") {
		t.Errorf("after --fix, newfixes.go is still reported: %v", after)
	}
}

// hasIssue reports whether some issue in file (a "file.go:" prefix) has
// the category, which leads golangci-lint's text.
func hasIssue(issues map[string]issue, file, category string) bool {
	for pos, is := range issues {
		if strings.HasPrefix(pos, file) && strings.HasPrefix(is.Text, category+": ") {
			return true
		}
	}
	return false
}
