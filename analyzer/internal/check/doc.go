// Package check is tcerrcheck's second stage: it judges what package
// extract found. Judge.CheckFiles walks each function's comparisons and
// hands each compared value to the checks (checks.go) in priority order;
// the first that explains an invalid code reports it. Knowledge holds the
// validity rules (which codes a product may return: SDK in view, catalog,
// pages, global codes, the allow list); report.go builds every diagnostic
// and honours ignore directives; one file per category holds its check
// and its fix.
//
// A new check is a file here plus its category in category.go; a new
// idiom of comparison or origin belongs in package extract.
package check
