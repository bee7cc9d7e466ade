package main

import "github.com/tcerrcheck/tcerrcheck/codes"

// maxNearest caps how many near codes an answer offers.
const maxNearest = 5

// nearest returns up to maxNearest candidates closest to s.
func nearest(s string, candidates []string) []string {
	return codes.Nearest(s, candidates, maxNearest)
}
