package check

import (
	"fmt"
	"slices"
	"strings"

	"github.com/tcerrcheck/tcerrcheck/analyzer/internal/extract"
)

// originPhrase names where an error came from, for messages:
// "cvm DescribeInstances", "cvm DescribeInstances/RunInstances",
// "cvm DescribeInstances or cdn PurgeUrlsCache", counted past four
// products: "296 actions of 24 products (billing, cam, cbs and 21 more)";
// "" when unknown.
func originPhrase(o extract.Origin) string {
	if !o.Known || len(o.Calls) == 0 {
		return ""
	}
	var parts []string
	for i := 0; i < len(o.Calls); {
		j := i
		var actions []string
		for j < len(o.Calls) && o.Calls[j].Product.Path == o.Calls[i].Product.Path {
			actions = append(actions, o.Calls[j].Action)
			j++
		}
		what := strings.Join(actions, "/")
		if len(actions) > 3 {
			what = fmt.Sprintf("(%d actions)", len(actions))
		}
		parts = append(parts, o.Calls[i].Product.Name+" "+what)
		i = j
	}
	if len(parts) > maxNamedProducts {
		var names []string
		for _, p := range o.Products() {
			names = append(names, p.Name)
		}
		return fmt.Sprintf("%d actions of %d products (%s)", len(o.Calls), len(names), listWords(names, 3))
	}
	return strings.Join(parts, " or ")
}

// maxNamedProducts: past this many products, an origin is counted, not
// listed (a classifier every request of a program goes through).
const maxNamedProducts = 4

// listWords joins words with commas, eliding past max: "a, b and 3 more".
func listWords(words []string, max int) string {
	if len(words) > max {
		return fmt.Sprintf("%s and %d more", strings.Join(words[:max], ", "), len(words)-max)
	}
	return strings.Join(words, ", ")
}

// quoteList quotes codes for a message: "A" or "A" or "B".
func quoteList(codes []string) string {
	q := make([]string, len(codes))
	for i, c := range codes {
		q[i] = fmt.Sprintf("%q", c)
	}
	return strings.Join(q, " or ")
}

// productNames names the products of a known origin: "cvm", "cvm or cdn".
func productNames(o extract.Origin) string {
	var names []string
	for _, p := range o.Products() {
		if !slices.Contains(names, p.Name) {
			names = append(names, p.Name)
		}
	}
	return strings.Join(names, " or ")
}

// catalogNote says which products of a known origin were judged by the
// public catalog alone: copies that declare no codes of their own.
func catalogNote(o extract.Origin) string {
	if !o.Known {
		return ""
	}
	var names []string
	for _, p := range o.Products() {
		if extract.CodesFromCatalog(p) && !slices.Contains(names, p.Name+" "+p.Version) {
			names = append(names, p.Name+" "+p.Version)
		}
	}
	if len(names) == 0 {
		return ""
	}
	return fmt.Sprintf("; judged by the public catalog's codes of %s (the SDK copy in use declares none)", strings.Join(names, ", "))
}
