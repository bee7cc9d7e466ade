package main

import (
	"slices"

	"github.com/tcerrcheck/tcerrcheck/codes"
)

// lookupReport answers "what is this code?" for each code asked.
type lookupReport struct {
	Release   string       `json:"release"`
	COSSource string       `json:"cosSource"` // where the COS codes come from
	Codes     []codeReport `json:"codes"`
}

// codeReport is what is known about one code.
type codeReport struct {
	Code string `json:"code"`
	// Found: the code is known (with -product: that product can return it).
	Found     bool         `json:"found"`
	Declarers []string     `json:"declarers"` // catalogued products declaring it
	Public    *builtinInfo `json:"public,omitempty"`
	Client    *builtinInfo `json:"client,omitempty"`
	Legacy    *builtinInfo `json:"legacy,omitempty"`
	COS       *cosInfo     `json:"cos,omitempty"`      // COS's XML API has it (not an API 3.0 code)
	Products  []productUse `json:"products,omitempty"` // the products whose actions were asked about
	History   []history    `json:"history,omitempty"`  // every product that ever declared it, with the releases
	Nearest   []string     `json:"nearest,omitempty"`  // for a code declared nowhere

	action  string // -action: Products[0].Actions is about this action only
	cosOnly bool   // -cos: looked up among COS's codes alone
}

// builtinInfo is the entry of a built-in table.
type builtinInfo struct {
	Description string `json:"description,omitempty"`
	Equivalent  string `json:"equivalent,omitempty"` // legacy: the API 3.0 code that replaced it
	RetryLater  bool   `json:"retryLater,omitempty"`
}

// history is the releases of each SDK that declared a code for a product.
type history struct {
	Product string         `json:"product"`
	Current bool           `json:"current"` // the product's newest release declares it
	SDKs    []releaseRange `json:"sdks"`
}

// releaseRange is the first and the last release of one SDK that declared
// the code.
type releaseRange struct {
	SDK     string `json:"sdk"`
	First   string `json:"first"`
	Last    string `json:"last"`
	Current bool   `json:"current"`
	// the releases' dates
	FirstDate string `json:"firstDate"`
	LastDate  string `json:"lastDate"`
}

// productUse says whether a product declares the code and which of its
// actions document it.
type productUse struct {
	Product  string   `json:"product"`
	Declares bool     `json:"declares"`
	Actions  []string `json:"actions"`
}

func (r *lookupReport) found() bool {
	return !slices.ContainsFunc(r.Codes, func(c codeReport) bool { return !c.Found })
}

// lookupCodes looks every code of o up. An unknown -product or -action is an
// error: the question cannot be answered at all.
func lookupCodes(o *options) (report, error) {
	if o.product != "" {
		if err := checkProduct(o.product); err != nil {
			return nil, err
		}
		if o.action != "" {
			if err := checkAction(o.product, o.action); err != nil {
				return nil, err
			}
		}
	}
	r := &lookupReport{Release: codes.CatalogRelease(), COSSource: codes.COSSource()}
	for _, code := range o.codes {
		r.Codes = append(r.Codes, lookupCode(code, o))
	}
	return r, nil
}

func lookupCode(code string, o *options) codeReport {
	if o.cos {
		return lookupCOSCode(code)
	}
	c := codeReport{Code: code, Declarers: codes.CatalogDeclarers(code), action: o.action, COS: cosCode(code)}
	if c.Declarers == nil {
		c.Declarers = []string{}
	}
	c.Public = builtin(codes.PublicCode(code))
	c.Client = builtin(codes.ClientCode(code))
	c.Legacy = builtin(codes.LegacyCode(code))
	// Actions: of the asked product, of the only declarer, or of all with -actions.
	var asked []string
	switch {
	case o.product != "":
		asked = []string{o.product}
	case o.allActions || len(c.Declarers) == 1:
		asked = c.Declarers
	}
	for _, p := range asked {
		c.Products = append(c.Products, productUse{p, codes.CatalogProductCodes(p).Has(code), documentingActions(p, o.action, code)})
	}
	for _, h := range codes.CatalogHistoryOf(code) {
		if o.product != "" && h.Product != o.product {
			continue
		}
		e := history{Product: h.Product, Current: h.Current}
		for _, s := range h.SDKs {
			e.SDKs = append(e.SDKs, releaseRange{s.First.SDK, s.First.Tag, s.Last.Tag, s.Current, s.First.Date, s.Last.Date})
		}
		c.History = append(c.History, e)
	}
	general := c.Public != nil || c.Client != nil
	if o.product != "" {
		// COS is not an API 3.0 product: its codes are no answer here.
		c.Found = c.Products[0].Declares || general
	} else {
		c.Found = len(c.Declarers) > 0 || general || c.Legacy != nil || c.COS != nil
	}
	if c.unknown() {
		c.Nearest = nearestCode(code, o.product)
	}
	return c
}

// unknown reports whether nothing at all knows the code.
func (c *codeReport) unknown() bool {
	return len(c.Declarers) == 0 && c.Public == nil && c.Client == nil && c.Legacy == nil && c.History == nil && c.COS == nil
}

// lookupCOSCode looks code up among COS's codes alone (-cos).
func lookupCOSCode(code string) codeReport {
	c := codeReport{Code: code, Declarers: []string{}, COS: cosCode(code), cosOnly: true}
	c.Found = c.COS != nil
	if !c.Found {
		c.Nearest = nearest(code, codes.COSCodeNames())
	}
	return c
}

// documentingActions returns product's actions whose documented list has
// code; only action when one is given.
func documentingActions(product, action, code string) []string {
	actions := codes.CatalogActions(product)
	if action != "" {
		actions = []string{action}
	}
	out := []string{}
	for _, a := range actions {
		if slices.Contains(codes.CatalogActionCodes(product, a), code) {
			out = append(out, a)
		}
	}
	return out
}

// nearestCode looks for the nearest codes among those product can return,
// then, when none is near, among every known code.
func nearestCode(code, product string) []string {
	if product != "" {
		if near := nearest(code, append(codes.CatalogProductCodeList(product), generalCodes()...)); len(near) > 0 {
			return near
		}
	}
	return nearest(code, slices.Concat(codes.CatalogAllCodes(), generalCodes(), codes.COSCodeNames()))
}

// generalCodes are the public and client codes: any product may return them.
func generalCodes() []string {
	var out []string
	for _, b := range slices.Concat(codes.PublicCodes(), codes.ClientCodes()) {
		out = append(out, b.Code)
	}
	return out
}

func builtin(b codes.Builtin, ok bool) *builtinInfo {
	if !ok {
		return nil
	}
	return &builtinInfo{Description: b.Description, Equivalent: b.Equivalent, RetryLater: b.RetryLater}
}
