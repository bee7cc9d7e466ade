package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/codes"
)

// The text form of a lookup: one block per code, blank-line separated, each
// line saying one thing about the code.

func (r *lookupReport) writeText(w io.Writer) {
	for i, c := range r.Codes {
		if i > 0 {
			fmt.Fprintln(w)
		}
		c.writeText(w)
	}
}

func (c *codeReport) writeText(w io.Writer) {
	fmt.Fprintln(w, c.Code)
	switch n := len(c.Declarers); n {
	case 0:
	case 1:
		fmt.Fprintf(w, "  declared by %s\n", c.Declarers[0])
	default:
		fmt.Fprintf(w, "  declared by %d products: %s\n", n, strings.Join(c.Declarers, " "))
	}
	if b := c.Public; b != nil {
		fmt.Fprintf(w, "  public code: any product may return it%s\n", describe(b))
	}
	if b := c.Client; b != nil {
		fmt.Fprintf(w, "  SDK client-side code%s\n", describe(b))
	}
	if b := c.Legacy; b != nil {
		fmt.Fprintf(w, "  API 2.0 legacy code: the 3.0 SDK never returns it%s\n", describe(b))
		if b.Equivalent != "" {
			fmt.Fprintf(w, "  API 3.0 equivalent: %s\n", b.Equivalent)
		}
	}
	if b := c.COS; b != nil {
		fmt.Fprintf(w, "  COS code (object storage, cos-go-sdk-v5's *cos.ErrorResponse): HTTP %s\n", b.Status)
		if b.Transient {
			fmt.Fprintln(w, "  COS transient: a retry policy for COS should cover it")
		}
	}
	if c.cosOnly {
		if c.COS == nil {
			fmt.Fprintln(w, "  unknown: COS's error-code page does not list it")
			c.writeNearest(w)
		}
		return
	}
	for _, u := range c.Products {
		if !u.Declares && c.declaredBefore(u.Product) {
			continue // its history line says when it went
		}
		c.writeUse(w, u)
	}
	c.writeHistory(w)
	if c.unknown() {
		fmt.Fprintln(w, "  unknown: no release of either SDK declares it for any product, and it is not a public, client, legacy or COS code")
		c.writeNearest(w)
	}
}

// declaredBefore reports whether some release of product declared the code.
func (c *codeReport) declaredBefore(product string) bool {
	return slices.ContainsFunc(c.History, func(h history) bool { return h.Product == product })
}

// writeHistory writes, per product that ever declared the code, the
// releases of each SDK that did: "cvm: tencentcloud-sdk-go v1.0.181
// (2021-06-10) to now".
func (c *codeReport) writeHistory(w io.Writer) {
	for _, h := range c.History {
		var spans []string
		for _, s := range h.SDKs {
			end := "to now"
			if !s.Current {
				end = "to " + s.Last + " (" + s.LastDate + ")"
			}
			spans = append(spans, fmt.Sprintf("%s %s (%s) %s", s.SDK, s.First, s.FirstDate, end))
		}
		state := ""
		if !h.Current {
			state = "; no longer declared"
		}
		fmt.Fprintf(w, "  %s releases: %s%s\n", h.Product, strings.Join(spans, ", "), state)
	}
}

func (c *codeReport) writeUse(w io.Writer, u productUse) {
	switch {
	case !u.Declares:
		fmt.Fprintf(w, "  %s: not declared\n", u.Product)
	case c.action != "" && len(u.Actions) == 0:
		fmt.Fprintf(w, "  %s: declared; %s does not document it\n", u.Product, c.action)
	case len(u.Actions) == 0:
		fmt.Fprintf(w, "  %s: declared; no action documents it\n", u.Product)
	default:
		writeWrapped(w, fmt.Sprintf("  %s: documented by %s:", u.Product, plural(len(u.Actions), "action")), u.Actions)
	}
}

func (c *codeReport) writeNearest(w io.Writer) {
	if len(c.Nearest) == 0 {
		fmt.Fprintln(w, "  nearest: nothing close")
		return
	}
	for _, n := range c.Nearest {
		note := ""
		if strings.EqualFold(n, c.Code) {
			note = " (differs only in case)"
		}
		fmt.Fprintf(w, "  did you mean %s?%s %s\n", n, note, declaredBy(n))
	}
}

// declaredBy says briefly where a suggested code comes from: its declaring
// products, or public or client, and cos when COS's XML API has it too.
func declaredBy(code string) string {
	var from []string
	if d := codes.CatalogDeclarers(code); len(d) > 0 {
		from = append(from, strings.Join(d, " "))
	} else if _, ok := codes.PublicCode(code); ok {
		from = append(from, "public")
	} else if _, ok := codes.ClientCode(code); ok {
		from = append(from, "client")
	}
	if codes.IsCOSCode(code) {
		from = append(from, "cos")
	}
	return "[" + strings.Join(from, ", ") + "]"
}

func describe(b *builtinInfo) string {
	s := ""
	if b.Description != "" {
		s = " (" + b.Description + ")"
	}
	if b.RetryLater {
		s += "; retry later"
	}
	return s
}

// lineWidth is where writeWrapped breaks lines.
const lineWidth = 100

// writeWrapped writes head and words on one line when they fit, otherwise
// head alone and the words on indented lines of at most lineWidth.
func writeWrapped(w io.Writer, head string, words []string) {
	if one := head + " " + strings.Join(words, " "); len(one) <= lineWidth {
		fmt.Fprintln(w, one)
		return
	}
	fmt.Fprintln(w, head)
	line := "   "
	for _, word := range words {
		if len(line)+1+len(word) > lineWidth && line != "   " {
			fmt.Fprintln(w, line)
			line = "   "
		}
		line += " " + word
	}
	fmt.Fprintln(w, line)
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
