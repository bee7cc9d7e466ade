// Command golangci-lint-tcerrcheck is golangci-lint v2 with the tcerrcheck
// module plugin compiled in.
//
// golangci-lint custom builds the same binary by git-cloning golangci-lint,
// which fails without network access beyond the Go module proxy. This main
// needs only modules: it runs golangci-lint's public command tree, and the
// blank import registers the plugin before the configuration is read.
// Build it with scripts/build-golangci.sh.
package main

import (
	"fmt"
	"os"
	"runtime/debug"
	"strings"

	"github.com/golangci/golangci-lint/v2/pkg/commands"
	"github.com/golangci/golangci-lint/v2/pkg/exitcodes"

	_ "github.com/tcerrcheck/tcerrcheck/cmd/gclplugin"
)

func main() {
	if err := commands.Execute(buildInfo()); err != nil {
		fmt.Fprintf(os.Stderr, "The command is terminated due to an error: %v\n", err)
		os.Exit(exitcodes.Failure)
	}
}

// buildInfo reports golangci-lint's module version, not this module's
// (v0.0.0 under a replace), so "version" names the release it runs.
func buildInfo() commands.BuildInfo {
	info := commands.BuildInfo{Version: "unknown", Commit: "custom build with tcerrcheck", Date: "(unknown)"}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return info
	}
	info.GoVersion = bi.GoVersion
	for _, dep := range bi.Deps {
		if dep.Path == "github.com/golangci/golangci-lint/v2" {
			info.Version = strings.TrimPrefix(dep.Version, "v")
		}
	}
	return info
}
