package main

import (
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/codes"
)

// versionText answers -V: the module version (v1.2.3 when installed with
// go install ...@v1.2.3, "(devel)" when built in a clone, with the
// revision when the build recorded one) and the SDK releases the catalog
// was generated from, with their dates: a code missing from the answers
// may just be newer than the catalog. tcerrcheck -V prints the same.
func versionText() string {
	bi, ok := debug.ReadBuildInfo()
	var b strings.Builder
	b.WriteString("tcerrcodes ")
	switch {
	case !ok || bi.Main.Version == "":
		b.WriteString("(unknown)")
	default:
		b.WriteString(bi.Main.Version)
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" {
				fmt.Fprintf(&b, ", revision %s", s.Value[:min(len(s.Value), 12)])
			}
		}
		fmt.Fprintf(&b, ", built with %s", bi.GoVersion)
	}
	fmt.Fprintf(&b, "\ncatalog of SDK releases: %s\n", codes.CatalogRelease())
	return b.String()
}
