package main

import "flag"

// driverFlags are the flags singlechecker and unitchecker register beside
// the analyzer's and -V (golang.org/x/tools/go/analysis/internal/checker
// and internal/analysisflags, which cannot be imported), with the kind of
// value each takes. preflight parses the command line before the driver
// does, so it must know them all, above all which ones take the next
// argument as their value. TestDriverFlags checks this list against the
// flags the built command lists, so an upgrade of x/tools that adds one
// fails there rather than here.
var driverFlags = map[string]string{
	"flags":      "bool",
	"json":       "bool",
	"fix":        "bool",
	"diff":       "bool",
	"test":       "bool",
	"source":     "bool",
	"v":          "bool",
	"all":        "bool",
	"c":          "int",
	"tags":       "string",
	"debug":      "string",
	"cpuprofile": "string",
	"memprofile": "string",
	"trace":      "string",
}

// bindDriverFlags registers the driver's flags on fs, with values nothing
// reads: the driver parses them again for itself.
func bindDriverFlags(fs *flag.FlagSet) {
	for name, kind := range driverFlags {
		switch kind {
		case "bool":
			fs.Bool(name, false, "")
		case "int":
			fs.Int(name, 0, "")
		default:
			fs.String(name, "", "")
		}
	}
}
