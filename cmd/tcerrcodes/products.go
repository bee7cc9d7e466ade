package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/tcerrcheck/tcerrcheck/codes"
)

// productsReport lists the catalogued products.
type productsReport struct {
	Release  string        `json:"release"`
	Products []productInfo `json:"products"`
	COS      *cosSummary   `json:"cos"` // not a product: COS's XML API codes
}

type productInfo struct {
	Product     string   `json:"product"`
	APIVersions []string `json:"apiVersions"`
	Module      string   `json:"module"`
	Version     string   `json:"version"`
	Codes       int      `json:"codes"`
	Actions     int      `json:"actions"`
}

func listProducts() report {
	r := &productsReport{Release: codes.CatalogRelease(), COS: newCOSSummary()}
	for _, p := range codes.CatalogProducts() {
		m, v := codes.CatalogModule(p)
		r.Products = append(r.Products, productInfo{p, codes.CatalogProductVersions(p), m, v,
			len(codes.CatalogProductCodes(p)), len(codes.CatalogActions(p))})
	}
	return r
}

func (r *productsReport) found() bool { return len(r.Products) > 0 }

func (r *productsReport) writeText(w io.Writer) {
	fmt.Fprintf(w, "%d products from %s\n", len(r.Products), r.Release)
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "PRODUCT\tCODES\tACTIONS\tAPI VERSIONS\tMODULE")
	for _, p := range r.Products {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%s\t%s@%s\n", p.Product, p.Codes, p.Actions, strings.Join(p.APIVersions, " "), p.Module, p.Version)
	}
	tw.Flush()
	r.COS.writeText(w)
}
