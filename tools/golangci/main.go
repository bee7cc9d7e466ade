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

// pluginVersion is a digest of the tcerrcheck sources compiled in, set by
// scripts/build-golangci.sh with -ldflags "-X main.pluginVersion=...".
var pluginVersion string

func main() {
	if err := commands.Execute(buildInfo()); err != nil {
		fmt.Fprintf(os.Stderr, "The command is terminated due to an error: %v\n", err)
		os.Exit(exitcodes.Failure)
	}
}

// buildInfo names the golangci-lint release and the tcerrcheck sources.
// golangci-lint keys its results cache on this version, so it must change
// whenever the analyzer does (golangci-lint custom appends a hash of the
// plugin for the same reason). Without pluginVersion it is "(devel)", for
// which golangci-lint hashes the executable instead.
func buildInfo() commands.BuildInfo {
	info := commands.BuildInfo{Version: "(devel)", Commit: "tcerrcheck plugin", Date: "(unknown)"}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return info
	}
	info.GoVersion = bi.GoVersion
	for _, dep := range bi.Deps {
		if dep.Path == "github.com/golangci/golangci-lint/v2" && pluginVersion != "" {
			info.Version = strings.TrimPrefix(dep.Version, "v") + "-tcerrcheck-" + pluginVersion
		}
	}
	return info
}
