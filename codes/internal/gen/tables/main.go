// Command tables writes codes/tables_gen.go: the built-in tables of API 3.0
// public codes, API 2.0 legacy codes and SDK client codes.
//
// The seed pages decide which codes exist and where they belong; annotations.tsv
// supplies our own descriptions, the 3.0 equivalents of legacy codes and the
// client codes. Either one changing without the other is an error, not a
// silently different table. Run it through go generate in the codes directory:
//
//	go run ./internal/gen/tables -seeds ../../shared/seeds -out tables_gen.go
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

func main() {
	seeds := flag.String("seeds", "", "directory holding the seed error-code pages")
	out := flag.String("out", "", "file to write (standard output when empty)")
	flag.Parse()
	if *seeds == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: tables -seeds DIR [-out FILE]")
		os.Exit(2)
	}
	src, err := generate(*seeds)
	if err == nil && *out != "" {
		err = os.WriteFile(*out, src, 0o644)
	} else if err == nil {
		_, err = os.Stdout.Write(src)
	}
	if err != nil {
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Fprintln(os.Stderr, "tables:", line)
		}
		os.Exit(1)
	}
}

// generate returns the source of tables_gen.go for the pages in seedsDir
// and the embedded annotations.
func generate(seedsDir string) ([]byte, error) {
	return generateWith(seedsDir, annotationsTSV)
}

func generateWith(seedsDir string, annotationData []byte) ([]byte, error) {
	facts, err := readSeeds(seedsDir)
	if err != nil {
		return nil, err
	}
	anns, err := parseAnnotations(annotationData)
	if err != nil {
		return nil, err
	}
	t, err := buildTables(facts, anns)
	if err != nil {
		return nil, err
	}
	return render(facts, t)
}
