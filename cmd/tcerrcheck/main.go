// Command tcerrcheck checks Tencent Cloud SDK error code comparisons.
//
// It runs standalone (tcerrcheck ./...) and as a vet tool
// (go vet -vettool=$(command -v tcerrcheck) ./...). Before handing over to
// the driver it answers -V and -version and checks the configuration
// once (preflight.go).
package main

import (
	"flag"
	"os"

	"github.com/tcerrcheck/tcerrcheck/analyzer"
	"golang.org/x/tools/go/analysis/singlechecker"
)

func main() {
	// -V and -version are registered here for -help and for the flag list
	// go vet asks for; preflight acts on them. A -V already registered
	// keeps the driver from adding its own, which knows only -V=full.
	bindVersionFlags(flag.CommandLine, new(versionMode))
	bindExplainFlag(flag.CommandLine, new(string))
	if code, exit := preflight(os.Args[1:], os.Stdout, os.Stderr); exit {
		os.Exit(code)
	}
	singlechecker.Main(analyzer.Analyzer)
}
