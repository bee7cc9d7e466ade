// Command tcerrcheck checks Tencent Cloud SDK error code comparisons.
//
// It runs standalone (tcerrcheck ./...) and as a vet tool
// (go vet -vettool=$(which tcerrcheck) ./...).
package main

import (
	"github.com/tcerrcheck/tcerrcheck/analyzer"
	"golang.org/x/tools/go/analysis/singlechecker"
)

func main() { singlechecker.Main(analyzer.Analyzer) }
