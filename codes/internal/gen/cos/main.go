// Command cos writes codes/cos_gen.go: the error codes of Cloud Object
// Storage's XML API with their HTTP statuses.
//
// Its input, errorcodes.md, is a page-shaped table of facts (HTTP status,
// code, and which copy of COS's error-code page the row was read on) with a
// few "key: value" lines naming the page. It is read with the same doc-page
// parser as the API 3.0 seed pages, so a saved copy of the page itself, with
// a "Read on" column added, reads the same way. A row the parser cannot use,
// a row without a status or a known "Read on" value, or a missing key line
// is an error: a table built from half a file would quietly lose codes. Run
// it through go generate in the codes directory:
//
//	go run ./internal/gen/cos -out cos_gen.go
package main

import (
	_ "embed"
	"flag"
	"fmt"
	"os"
	"strings"
)

// errorCodesMD is embedded so the generator finds it from any working
// directory, and a test can run the generator in-process.
//
//go:embed errorcodes.md
var errorCodesMD []byte

func main() {
	in := flag.String("in", "", "facts file to read (the embedded errorcodes.md when empty)")
	out := flag.String("out", "", "file to write (standard output when empty)")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: cos [-in FILE] [-out FILE]")
		os.Exit(2)
	}
	data := errorCodesMD
	if *in != "" {
		var err error
		if data, err = os.ReadFile(*in); err != nil {
			fail(err)
		}
	}
	src, err := generate(data)
	if err == nil && *out != "" {
		err = os.WriteFile(*out, src, 0o644)
	} else if err == nil {
		_, err = os.Stdout.Write(src)
	}
	if err != nil {
		fail(err)
	}
}

func fail(err error) {
	for _, line := range strings.Split(err.Error(), "\n") {
		fmt.Fprintln(os.Stderr, "cos:", line)
	}
	os.Exit(1)
}

// generate returns the source of cos_gen.go for the facts in data.
func generate(data []byte) ([]byte, error) {
	f, err := readFacts(data)
	if err != nil {
		return nil, err
	}
	return render(f)
}
