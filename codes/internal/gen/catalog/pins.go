package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// pin is one row of the pins file: a module version to read codes from.
type pin struct {
	// product is the product a per-product module holds, or "" for a
	// whole-SDK module (written "*") whose products sit under tencentcloud/.
	product string
	module  string
	version string
}

// readPins parses the tab-separated pins file. Lines starting with '#' and
// the column header are skipped; any other malformed line is an error, so a
// typo never shrinks the catalog silently.
func readPins(r io.Reader) ([]pin, error) {
	var pins []pin
	seen := make(map[string]bool)
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "product\t") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 || f[0] == "" || f[1] == "" || f[2] == "" {
			return nil, fmt.Errorf("line %d: want product, module and version separated by tabs, got %q", n, line)
		}
		p := pin{product: f[0], module: f[1], version: f[2]}
		if p.product == "*" {
			p.product = ""
		}
		key := p.module + "@" + p.version
		if seen[key] {
			return nil, fmt.Errorf("line %d: %s pinned twice", n, key)
		}
		seen[key] = true
		pins = append(pins, p)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(pins) == 0 {
		return nil, fmt.Errorf("no pins")
	}
	return pins, nil
}
