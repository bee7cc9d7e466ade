package main

import (
	"crypto/sha256"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/codes"
)

// -V and -version. A person asks which tcerrcheck this is and which SDK
// releases its catalog knows; the go command asks a vet tool -V=full and
// keys its cache of vet results on the answer, which must read
// "<program> version devel <anything> buildID=<id>" (cmd/go's toolID):
// "devel" makes it use the ID, a hash of the binary, so a rebuilt tool is
// never mistaken for the one whose results are cached. The driver's own
// -V knows only -V=full; preflight answers both before the driver runs.

// versionMode is what -V or -version asked for: "" nothing, "true" the
// text for people, "full" the line for the go command.
type versionMode string

func (m *versionMode) IsBoolFlag() bool { return true }
func (m *versionMode) String() string   { return string(*m) }
func (m *versionMode) Get() any         { return string(*m) }

func (m *versionMode) Set(s string) error {
	switch s {
	case "true", "full":
		*m = versionMode(s)
	case "false":
		*m = ""
	default:
		return fmt.Errorf("want -V (or -version) for the version, -V=full for the go command")
	}
	return nil
}

// bindVersionFlags registers -V and -version on fs, both writing into m.
func bindVersionFlags(fs *flag.FlagSet, m *versionMode) {
	fs.Var(m, "V", "print the version of tcerrcheck and of its catalog, and exit (-V=full: the line go vet asks for)")
	fs.Var(m, "version", "print the version of tcerrcheck and of its catalog, and exit")
}

// printVersion writes what m asked for.
func printVersion(w io.Writer, m versionMode) error {
	bi, _ := debug.ReadBuildInfo()
	if m != "full" {
		_, err := io.WriteString(w, versionText("tcerrcheck", bi, codes.CatalogRelease()))
		return err
	}
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	data, err := os.ReadFile(exe)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s version devel %s buildID=%x\n", exe, moduleVersion(bi), sha256.Sum256(data))
	return err
}

// versionText is the answer to -V: the module version (v1.2.3 when
// installed with go install ...@v1.2.3 or go get -tool, "(devel)" when
// built in a clone, with the revision when the build recorded one) and
// the SDK releases the catalog was generated from, with their dates.
func versionText(name string, bi *debug.BuildInfo, catalog string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s", name, moduleVersion(bi))
	if bi != nil {
		if rev := buildSetting(bi, "vcs.revision"); rev != "" {
			fmt.Fprintf(&b, ", revision %s", rev[:min(len(rev), 12)])
			if t := buildSetting(bi, "vcs.time"); t != "" {
				fmt.Fprintf(&b, " (%s)", t)
			}
			if buildSetting(bi, "vcs.modified") == "true" {
				b.WriteString(" with local changes")
			}
		}
		fmt.Fprintf(&b, ", built with %s", bi.GoVersion)
	}
	fmt.Fprintf(&b, "\ncatalog of SDK releases: %s\n", catalog)
	return b.String()
}

func moduleVersion(bi *debug.BuildInfo) string {
	if bi == nil || bi.Main.Version == "" {
		return "(unknown)"
	}
	return bi.Main.Version
}

func buildSetting(bi *debug.BuildInfo, key string) string {
	for _, s := range bi.Settings {
		if s.Key == key {
			return s.Value
		}
	}
	return ""
}
