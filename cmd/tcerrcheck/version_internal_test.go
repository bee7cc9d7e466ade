package main

import (
	"bytes"
	"os"
	"regexp"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/tcerrcheck/tcerrcheck/codes"
)

func TestVersionText(t *testing.T) {
	catalog := codes.CatalogRelease()
	for _, tt := range []struct {
		name string
		bi   *debug.BuildInfo
		want string
	}{
		{"installed", &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "v1.2.3"}},
			"tcerrcheck v1.2.3, built with go1.26.0\n"},
		{"clone", &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "v0.0.0-20260501100000-1063b8a01234+dirty"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "1063b8a0123456789abcdef"}, {Key: "vcs.time", Value: "2026-05-01T10:00:00Z"}, {Key: "vcs.modified", Value: "true"}}},
			"tcerrcheck v0.0.0-20260501100000-1063b8a01234+dirty, revision 1063b8a01234 (2026-05-01T10:00:00Z) with local changes, built with go1.26.0\n"},
		{"no commit recorded", &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "(devel)"}},
			"tcerrcheck (devel), built with go1.26.0\n"},
		{"no build info", nil, "tcerrcheck (unknown)\n"},
	} {
		got := versionText("tcerrcheck", tt.bi, catalog)
		if want := tt.want + "catalog of SDK releases: " + catalog + "\n"; got != want {
			t.Errorf("%s:\ngot  %q\nwant %q", tt.name, got, want)
		}
	}
	// the catalog line names both SDKs' newest releases and their dates
	if !regexp.MustCompile(`^tencentcloud-sdk-go v1\.\d+\.\d+ \(\d{4}-\d\d-\d\d\) \+ tencentcloud-sdk-go-intl-en v3\.\d+\.\d+ \(\d{4}-\d\d-\d\d\)$`).MatchString(catalog) {
		t.Errorf("catalog release %q", catalog)
	}
}

// -V and -version print the text; -V=full prints the line the go command
// parses: "<program> version devel ... buildID=<hash of the binary>".
func TestPreflightVersion(t *testing.T) {
	for _, args := range [][]string{{"-V"}, {"-version"}, {"-V=true"}} {
		code, exit, stdout, stderr := runPreflight(args...)
		if code != exitOK || !exit || !strings.HasPrefix(stdout, "tcerrcheck ") || !strings.Contains(stdout, "catalog of SDK releases: tencentcloud-sdk-go v") || stderr != "" {
			t.Errorf("%q: status %d, exit %v, stdout %q, stderr %q", args, code, exit, stdout, stderr)
		}
	}
	code, exit, stdout, _ := runPreflight("-V=full")
	exe, _ := os.Executable()
	f := strings.Fields(stdout)
	if code != exitOK || !exit || len(f) < 4 || f[0] != exe || f[1] != "version" || f[2] != "devel" ||
		!regexp.MustCompile(`^buildID=[0-9a-f]{64}$`).MatchString(f[len(f)-1]) {
		t.Errorf("-V=full: status %d, exit %v, stdout %q", code, exit, stdout)
	}
	var again bytes.Buffer
	printVersion(&again, "full")
	if again.String() != stdout {
		t.Errorf("-V=full is not stable: %q, then %q", stdout, again.String())
	}
}
