package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/tcerrcheck/tcerrcheck/analyzer"
)

// bindExplainFlag registers -explain, which preflight answers.
func bindExplainFlag(fs *flag.FlagSet, category *string) {
	fs.StringVar(category, "explain", "", "print what a category's check reports, why it matters and its fix, and exit")
}

// explainCategory prints the doc comment's section on a category, as
// staticcheck's -explain does; an unknown name is one line and status 2.
func explainCategory(category string, stdout, stderr io.Writer) int {
	text, ok := analyzer.Explain(category)
	if !ok {
		fmt.Fprintf(stderr, "tcerrcheck: -explain: no category %q (tcerrcheck -help lists them)\n", category)
		return exitUsage
	}
	fmt.Fprint(stdout, text)
	return exitOK
}
