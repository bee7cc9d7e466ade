package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// Exit statuses.
const (
	exitFound    = 0
	exitNotFound = 1
	exitUsage    = 2
)

// options are the parsed command line.
type options struct {
	product, action, family string
	allActions              bool // -actions
	all                     bool // -all: removed codes too
	products                bool // -products
	cos                     bool // -cos: COS's XML API codes instead of API 3.0 ones
	json                    bool
	version                 bool // -V, -version
	codes                   []string
}

// report is one answer: it renders itself as text, is marshalled as JSON,
// and says whether everything asked for was found.
type report interface {
	found() bool
	writeText(w io.Writer)
}

// run is the whole command, minus the process: tests call it directly.
func run(args []string, stdout, stderr io.Writer) int {
	opts, err := parseArgs(args, stderr)
	switch {
	case errors.Is(err, flag.ErrHelp):
		return exitFound
	case errors.Is(err, errFlags):
		return exitUsage // the flag package has said what and printed the usage
	case err != nil:
		fmt.Fprintf(stderr, "tcerrcodes: %v\nRun 'tcerrcodes -h' for usage.\n", err)
		return exitUsage
	}
	if opts.version {
		io.WriteString(stdout, versionText())
		return exitFound
	}
	r, err := answer(opts)
	if err != nil { // an unknown product or action: nothing to render
		fmt.Fprintf(stderr, "tcerrcodes: %v\n", err)
		return exitNotFound
	}
	if opts.json {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.Encode(r)
	} else {
		r.writeText(stdout)
	}
	if !r.found() {
		return exitNotFound
	}
	return exitFound
}

// answer dispatches to the question the options ask.
func answer(o *options) (report, error) {
	switch {
	case o.products:
		return listProducts(), nil
	case o.cos && len(o.codes) == 0:
		return listCOS(), nil
	case len(o.codes) > 0:
		return lookupCodes(o)
	case o.family != "":
		return listFamily(o.family, o.product)
	case o.action != "":
		return listAction(o.product, o.action)
	default:
		return listProduct(o.product, o.all)
	}
}

// errFlags reports a flag error the flag package has already printed.
var errFlags = errors.New("bad flags")

// parseArgs parses flags and codes in any order (flag stops at the first
// argument that is not a flag, so it is called again after each code) and
// rejects combinations that ask two questions at once.
func parseArgs(args []string, stderr io.Writer) (*options, error) {
	o := &options{}
	fs := flag.NewFlagSet("tcerrcodes", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.product, "product", "", "list this `product`'s codes, or look codes up in it")
	fs.StringVar(&o.action, "action", "", "with -product: list this `action`'s documented codes")
	fs.StringVar(&o.family, "family", "", "list the codes of this `family` (first segment), optionally of -product")
	fs.BoolVar(&o.allActions, "actions", false, "with codes: show the documenting actions of every declaring product")
	fs.BoolVar(&o.all, "all", false, "with -product: also list the codes it no longer declares, with the last release that did")
	fs.BoolVar(&o.products, "products", false, "list the catalogued products")
	fs.BoolVar(&o.cos, "cos", false, "list COS's (object storage) XML API codes, or look codes up among them only")
	fs.BoolVar(&o.json, "json", false, "write JSON instead of text")
	fs.BoolVar(&o.version, "V", false, "print the version of tcerrcodes and of its catalog, and exit")
	fs.BoolVar(&o.version, "version", false, "print the version of tcerrcodes and of its catalog, and exit")
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	for rest := args; ; {
		if err := fs.Parse(rest); errors.Is(err, flag.ErrHelp) {
			return nil, err
		} else if err != nil {
			return nil, errFlags
		}
		if fs.NArg() == 0 {
			break
		}
		o.codes = append(o.codes, fs.Arg(0))
		rest = fs.Args()[1:]
	}
	return o, o.validate()
}

// validate rejects empty and conflicting requests.
func (o *options) validate() error {
	if o.version {
		return nil // answered whatever else was asked, as go tools do
	}
	for _, c := range o.codes {
		if strings.TrimSpace(c) == "" {
			return errors.New("empty code")
		}
	}
	switch {
	case o.products && (o.product != "" || o.action != "" || o.family != "" || len(o.codes) > 0 || o.allActions || o.all || o.cos):
		return errors.New("-products takes no other flag or code")
	case o.cos && (o.product != "" || o.action != "" || o.family != "" || o.allActions || o.all):
		return errors.New("-cos is about COS's codes alone: it takes no -product, -action, -family, -actions or -all")
	case o.action != "" && o.product == "":
		return errors.New("-action needs -product")
	case o.family != "" && (o.action != "" || len(o.codes) > 0):
		return errors.New("-family lists codes; it takes no -action or code")
	case o.all && (o.product == "" || o.action != "" || o.family != "" || len(o.codes) > 0):
		return errors.New("-all lists a product's codes: it needs -product, and takes no -action, -family or code")
	case o.allActions && len(o.codes) == 0:
		return errors.New("-actions needs a code to look up")
	case !o.products && !o.cos && o.product == "" && o.family == "" && len(o.codes) == 0:
		return errors.New("nothing to look up: give a code, -product, -family, -cos or -products")
	}
	return nil
}

const usage = `Usage:
  tcerrcodes [-product P [-action A]] [-actions] CODE...   look codes up
  tcerrcodes -product P [-action A]                        list a product's or action's codes
  tcerrcodes -product P -all                               ... with the codes it no longer declares
  tcerrcodes -family F [-product P]                        list the codes of a family
  tcerrcodes -products                                     list the catalogued products
  tcerrcodes -cos [CODE...]                                list COS's (object storage) codes, or look codes up among them
  tcerrcodes -V                                            the version, and the SDK releases the catalog knows

Exit status: 0 found, 1 not found, 2 usage error.

Flags:
`
