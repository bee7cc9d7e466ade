// Command noop is the baseline of the tcerrcheck benchmark (go run ./bench):
// a singlechecker built exactly like cmd/tcerrcheck whose analyzer does
// nothing. It declares one fact type, as tcerrcheck does, so that both
// tools go through the same facts machinery on every package (see the
// benchmark's output for why that is the fair baseline). With
// TCERRBENCH_FACTLESS=1 in its environment it declares none, the variant
// the benchmark measures with -factless.
package main

import (
	"os"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/singlechecker"
)

// noFact is never exported: declaring it is what matters.
type noFact struct{}

func (*noFact) AFact() {}

func (*noFact) String() string { return "noFact" }

var analyzer = &analysis.Analyzer{
	Name:      "noop",
	Doc:       "do nothing, as the benchmark's baseline",
	Run:       func(*analysis.Pass) (any, error) { return nil, nil },
	FactTypes: []analysis.Fact{new(noFact)},
}

func main() {
	if os.Getenv("TCERRBENCH_FACTLESS") == "1" {
		analyzer.FactTypes = nil
	}
	singlechecker.Main(analyzer)
}
