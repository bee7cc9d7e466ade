package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/tcerrcheck/tcerrcheck/codes"
)

// listReport is a list of codes: a product's, an action's or a family's.
type listReport struct {
	Release string       `json:"release"`
	Product string       `json:"product,omitempty"`
	Module  string       `json:"module,omitempty"`  // where the product's codes were read
	Version string       `json:"version,omitempty"` // of Module
	Action  string       `json:"action,omitempty"`
	Family  string       `json:"family,omitempty"`
	Codes   []listedCode `json:"codes"`
}

// listedCode is one row: the code and where it comes from.
type listedCode struct {
	Code string `json:"code"`
	// Kind is "product" for a code products declare, "public", "client",
	// "legacy" for built-in codes, or "cos" for a code of COS's XML API
	// alone.
	Kind      string   `json:"kind"`
	Declarers []string `json:"declarers,omitempty"`
	// COS: COS's XML API has the code too (family listings only).
	COS bool `json:"cos,omitempty"`
	// Removed (with -all): the product no longer declares the code; the
	// last release that did.
	Removed *codes.Release `json:"removed,omitempty"`
}

func (r *listReport) found() bool { return len(r.Codes) > 0 }

// writeText prints one code per line, so the output pipes into grep and
// friends; family listings, which mix sources, add a column saying where
// each code comes from.
func (r *listReport) writeText(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	if r.Family == "" {
		for _, c := range r.Codes {
			if c.Removed != nil {
				fmt.Fprintf(tw, "%s\tremoved: last declared in %s\n", c.Code, c.Removed)
			} else {
				fmt.Fprintf(tw, "%s\n", c.Code)
			}
		}
		tw.Flush()
		return
	}
	for _, c := range r.Codes {
		src := strings.Join(c.Declarers, " ")
		if c.Kind != "product" {
			src = c.Kind
		}
		if c.COS && c.Kind != "cos" {
			src += ", cos"
		}
		fmt.Fprintf(tw, "%s\t%s\n", c.Code, src)
	}
	tw.Flush()
	if len(r.Codes) == 0 {
		fmt.Fprintf(w, "no %s codes\n", r.Family)
	}
}

// listProduct lists the codes product declares at its newest release and,
// with all, those it declared before, with the last release that did.
func listProduct(product string, all bool) (report, error) {
	if err := checkProduct(product); err != nil {
		return nil, err
	}
	r := newProductList(product)
	for _, c := range codes.CatalogProductCodeList(product) {
		r.Codes = append(r.Codes, listedCode{Code: c, Kind: "product"})
	}
	if all {
		for _, c := range codes.CatalogRemovedCodes(product) {
			last, _ := codes.CatalogRemoved(product, c, codes.SDKChinese, nil)
			r.Codes = append(r.Codes, listedCode{Code: c, Kind: "product", Removed: &last})
		}
		slices.SortFunc(r.Codes, func(a, b listedCode) int { return strings.Compare(a.Code, b.Code) })
	}
	return r, nil
}

// listAction lists the codes an action documents.
func listAction(product, action string) (report, error) {
	if err := checkAction(product, action); err != nil {
		return nil, err
	}
	r := newProductList(product)
	r.Action = action
	for _, c := range codes.CatalogActionCodes(product, action) {
		r.Codes = append(r.Codes, listedCode{Code: c, Kind: "product"})
	}
	return r, nil
}

// listFamily lists the codes of a family that can come back: the declared
// ones (of product, when given) and the public and client ones, which any
// product may return. Legacy codes are listed only without a product: no
// API 3.0 product returns them; COS codes likewise.
func listFamily(family, product string) (report, error) {
	r := &listReport{Release: codes.CatalogRelease(), Family: family}
	declared := codes.CatalogAllCodes()
	if product != "" {
		if err := checkProduct(product); err != nil {
			return nil, err
		}
		r = newProductList(product)
		r.Family = family
		declared = codes.CatalogProductCodeList(product)
	}
	for _, c := range declared {
		if codes.Family(c) == family {
			r.Codes = append(r.Codes, listedCode{Code: c, Kind: "product", Declarers: declarers(c, product)})
		}
	}
	tables := map[string][]codes.Builtin{"public": codes.PublicCodes(), "client": codes.ClientCodes()}
	if product == "" {
		tables["legacy"] = codes.LegacyCodes()
	}
	for kind, table := range tables {
		for _, b := range table {
			if codes.Family(b.Code) == family {
				r.Codes = append(r.Codes, listedCode{Code: b.Code, Kind: kind, Declarers: declarers(b.Code, product)})
			}
		}
	}
	// A code both declared and built in appears once, as built in: that is
	// the stronger statement (any product may return it).
	slices.SortFunc(r.Codes, func(a, b listedCode) int {
		if c := strings.Compare(a.Code, b.Code); c != 0 {
			return c
		}
		return strings.Compare(kindOrder(a.Kind), kindOrder(b.Kind))
	})
	r.Codes = slices.CompactFunc(r.Codes, func(a, b listedCode) bool { return a.Code == b.Code })
	if product == "" {
		addCOSFamily(r, family)
	}
	return r, nil
}

// addCOSFamily marks the codes of the listing that COS's XML API has too,
// and adds those of the family that only COS has. A COS code is a single
// segment, so its family is itself.
func addCOSFamily(r *listReport, family string) {
	for _, c := range codes.COSCodeNames() {
		if codes.Family(c) != family {
			continue
		}
		i, found := slices.BinarySearchFunc(r.Codes, c, func(l listedCode, c string) int { return strings.Compare(l.Code, c) })
		if found {
			r.Codes[i].COS = true
		} else {
			r.Codes = slices.Insert(r.Codes, i, listedCode{Code: c, Kind: "cos", COS: true})
		}
	}
}

// kindOrder sorts built-in kinds before "product" for the same code.
func kindOrder(kind string) string {
	if kind == "product" {
		return "~"
	}
	return kind
}

// declarers lists the products declaring code, or just product when one was
// asked about and declares it.
func declarers(code, product string) []string {
	if product != "" {
		if codes.CatalogProductCodes(product).Has(code) {
			return []string{product}
		}
		return nil
	}
	return codes.CatalogDeclarers(code)
}

func newProductList(product string) *listReport {
	m, v := codes.CatalogModule(product)
	return &listReport{Release: codes.CatalogRelease(), Product: product, Module: m, Version: v}
}

// checkProduct fails for a product the catalog does not have, naming the
// nearest ones.
func checkProduct(product string) error {
	if codes.CatalogProductCodes(product) != nil {
		return nil
	}
	if product == "cos" {
		return fmt.Errorf("unknown product %q: COS (object storage) is not an API 3.0 product; its codes are listed and looked up with -cos", product)
	}
	return notFound(fmt.Sprintf("unknown product %q", product), nearest(product, codes.CatalogProducts()))
}

// checkAction fails for an action product does not have.
func checkAction(product, action string) error {
	if err := checkProduct(product); err != nil {
		return err
	}
	if codes.CatalogActionCodes(product, action) != nil {
		return nil
	}
	return notFound(fmt.Sprintf("%s has no action %q", product, action), nearest(action, codes.CatalogActions(product)))
}

func notFound(msg string, near []string) error {
	if len(near) > 0 {
		msg += "; did you mean " + strings.Join(near, ", ") + "?"
	}
	return fmt.Errorf("%s", msg)
}
