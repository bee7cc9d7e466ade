// Command catalog generates codes/catalog.bin, the embedded catalog of the
// error codes every pinned Tencent Cloud SDK product declares, with the
// codes each action documents.
//
// It downloads each module of the pins file with `go mod download -json`,
// reads errors.go and client.go of every product version directory, and
// writes the union per product. Run it through `go generate ./codes`.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("catalog: ")
	pinsPath := flag.String("pins", "internal/gen/catalog/pins.tsv", "pins `file`: product, module and version per line")
	out := flag.String("out", "catalog.bin", "output `file`")
	flag.Parse()
	if err := generate(*pinsPath, *out); err != nil {
		log.Fatal(err)
	}
}

// generate is the whole run: pins in, catalog file out. Nothing is written
// unless every pin downloads and parses.
func generate(pinsPath, out string) error {
	f, err := os.Open(pinsPath)
	if err != nil {
		return err
	}
	pins, err := readPins(f)
	f.Close()
	if err != nil {
		return fmt.Errorf("%s: %w", pinsPath, err)
	}
	mods, err := download(pins)
	if err != nil {
		return err
	}
	c, err := buildCatalog(pins, mods)
	if err != nil {
		return err
	}
	b := encode(c)
	// Write beside the target and rename, so an interrupted run never
	// leaves a truncated catalog to be embedded.
	tmp := out + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp, out); err != nil {
		os.Remove(tmp)
		return err
	}
	log.Printf("%s: %d products, %d distinct codes, %d bytes; release %s", out, len(c.products), countCodes(c), len(b), c.release)
	return nil
}

// countCodes counts the distinct codes across all products.
func countCodes(c *catalog) int {
	seen := make(map[string]bool)
	for _, p := range c.products {
		for _, code := range p.codes {
			seen[code] = true
		}
	}
	return len(seen)
}
