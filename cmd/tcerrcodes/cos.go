package main

import (
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/tcerrcheck/tcerrcheck/codes"
)

// COS (object storage) is not an API 3.0 product: its codes come from its
// own error-code page and reach Go programs through cos-go-sdk-v5's
// *cos.ErrorResponse. They are answered beside the API 3.0 codes, marked as
// COS, and -cos asks about them alone.

// cosInfo is what COS's page says about a code.
type cosInfo struct {
	Statuses  []int  `json:"statuses"`
	Status    string `json:"status"`              // "404 Not Found"
	Transient bool   `json:"transient,omitempty"` // a retry policy should cover it
}

func cosCode(code string) *cosInfo {
	c, ok := codes.LookupCOS(code)
	if !ok {
		return nil
	}
	return &cosInfo{Statuses: c.Statuses, Status: c.StatusText(), Transient: codes.IsCOSTransient(code)}
}

// cosListReport lists COS's codes.
type cosListReport struct {
	Source string          `json:"source"` // the page and the date it was read
	URLs   []string        `json:"urls"`
	Codes  []cosListedCode `json:"codes"`
}

type cosListedCode struct {
	Code string `json:"code"`
	cosInfo
}

func listCOS() report {
	r := &cosListReport{Source: codes.COSSource(), URLs: codes.COSSourceURLs()}
	for _, c := range codes.COS() {
		r.Codes = append(r.Codes, cosListedCode{c.Code, *cosCode(c.Code)})
	}
	return r
}

func (r *cosListReport) found() bool { return len(r.Codes) > 0 }

// writeText prints one code a line with its HTTP status, so the output
// pipes into grep and friends; transient codes say so.
func (r *cosListReport) writeText(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	for _, c := range r.Codes {
		mark := ""
		if c.Transient {
			mark = "\ttransient"
		}
		fmt.Fprintf(tw, "%s\t%s%s\n", c.Code, c.Status, mark)
	}
	tw.Flush()
}

// cosSummary is the COS line of -products.
type cosSummary struct {
	Codes  int      `json:"codes"`
	Source string   `json:"source"`
	URLs   []string `json:"urls"`
}

func newCOSSummary() *cosSummary {
	return &cosSummary{Codes: len(codes.COS()), Source: codes.COSSource(), URLs: codes.COSSourceURLs()}
}

func (s *cosSummary) writeText(w io.Writer) {
	fmt.Fprintf(w, "\nCOS (object storage, cos-go-sdk-v5; not an API 3.0 product): %d codes, listed with -cos\n", s.Codes)
	fmt.Fprintf(w, "  %s\n", s.Source)
}
