package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/analyzer"
)

// Exit statuses of preflight; the driver has its own (README, "Exit
// status").
const (
	exitOK    = 0
	exitUsage = 2 // a bad flag or configuration, as the flag package and go vet exit
)

// preflight reads the command line before the driver does, and answers
// what the driver would answer badly: -V and -version, and mistakes in the
// configuration. singlechecker and unitchecker parse the flags and go
// straight to the packages: a flag value they refuse prints the whole
// usage, under go vet once for each package the tool runs on, dependencies
// included (11,395 lines for the sample); a page that cannot be read fails
// every package, each saying so. Here the mistake is found once, before any
// package is loaded, and said in one line with exit status 2.
//
// It returns exit true with the status when the command is done, and exit
// false when the driver should run (also for -help, which the driver
// answers with the usage).
func preflight(args []string, stdout, stderr io.Writer) (code int, exit bool) {
	cfg, version, explain, err := parseFlags(args)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK, false
	}
	if err == nil && explain != "" {
		return explainCategory(explain, stdout, stderr), true
	}
	if err == nil && version != "" {
		if err := printVersion(stdout, version); err != nil {
			fmt.Fprintf(stderr, "tcerrcheck: %v\n", err)
			return 1, true
		}
		return exitOK, true
	}
	vetxOnly, vet := vetConfig(args)
	if err == nil {
		err = validate(cfg, vet)
	}
	switch {
	case err == nil:
		return exitOK, false
	case vetxOnly:
		// go vet runs the tool on every dependency for its facts; the
		// packages it was asked about say what is wrong, once each.
		return exitOK, true
	}
	msg := err.Error()
	if strings.HasPrefix(msg, "flag provided but not defined") {
		msg += " (tcerrcheck -help lists the flags)"
	}
	fmt.Fprintf(stderr, "tcerrcheck: %s\n", msg)
	return exitUsage, true
}

// parseFlags parses args as the driver will, into a Config of its own:
// the analyzer's flags, -V and -version, and the driver's flags, whose
// values the driver reads for itself.
func parseFlags(args []string) (*analyzer.Config, versionMode, string, error) {
	var cfg analyzer.Config
	var version versionMode
	var explain string
	fs := flag.NewFlagSet("tcerrcheck", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // the error is said once, by preflight
	fs.Usage = func() {}
	cfg.BindFlags(fs)
	bindVersionFlags(fs, &version)
	bindExplainFlag(fs, &explain)
	bindDriverFlags(fs)
	err := fs.Parse(args)
	return &cfg, version, explain, err
}

// validate checks the configuration as the analyzer will; under go vet,
// first that pages are named by absolute paths.
func validate(cfg *analyzer.Config, vet bool) error {
	if vet {
		if err := checkPagesAbsolute(cfg.Pages); err != nil {
			return err
		}
	}
	return cfg.Validate()
}

// vetConfig reports whether args end with the vet.cfg file go vet hands
// its tool, and whether that file asks only for facts (VetxOnly: a
// dependency of the packages vet was asked about).
func vetConfig(args []string) (vetxOnly, vet bool) {
	if len(args) == 0 || !strings.HasSuffix(args[len(args)-1], ".cfg") {
		return false, false
	}
	data, err := os.ReadFile(args[len(args)-1])
	if err != nil {
		return false, false
	}
	var cfg struct{ VetxOnly bool }
	if json.Unmarshal(data, &cfg) != nil {
		return false, false
	}
	return cfg.VetxOnly, true
}

// checkPagesAbsolute refuses relative -pages paths under go vet, which
// runs the tool in each package's own directory: a relative path names a
// different file, or none, in each.
func checkPagesAbsolute(pages []string) error {
	for _, spec := range pages {
		if _, path, _ := strings.Cut(spec, "="); !filepath.IsAbs(path) {
			return fmt.Errorf("-%s=%s: under go vet each package is checked in its own directory; give the page's absolute path", analyzer.FlagPages, spec)
		}
	}
	return nil
}
