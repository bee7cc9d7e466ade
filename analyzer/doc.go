// Package analyzer is tcerrcheck's go/analysis pass: it finds comparisons
// of Tencent Cloud SDK error codes with strings, resolves which product and
// API action produced the error, and reports codes that cannot match.
//
// # Analyzer tcerrcheck
//
// tcerrcheck: check Tencent Cloud SDK error code comparisons
//
// A code is an SDK error's Code field or GetCode() result (reached through
// type assertions with or without ok, type switches, errors.As, and local
// copies), or the "Code=X" text of err.Error(). It is compared by ==, !=,
// switch cases, strings.HasPrefix, strings.Contains, strings.EqualFold,
// slices.Contains and map lookups, against literals, constants (local,
// package or SDK), variables holding constants and code lists.
//
// The origin is the SDK client call that produced the error
// (client.DescribeInstances or DescribeInstancesWithContext on a product
// Client), followed through assignments and closures within the function.
// An error variable fed by several calls has all their products as origin;
// one fed by anything else (a parameter, another function's result) has an
// unknown origin, and then only product-independent checks run.
//
// A code is valid for a product when the product's SDK package in view or
// the embedded catalog declares it, when it is an API 3.0 public code, an
// SDK client-side code (ClientError.*), or in the -allow list. Each invalid
// code gets one diagnostic, from the first category that explains it:
//
// # wrong-case
//
// The code equals a valid code only up to letter case:
// "InvalidInstanceID.NotFound" for "InvalidInstanceId.NotFound". Codes are
// compared case-sensitively. Fix: the correctly cased code.
//
// # legacy-code
//
// An API 2.0 code such as "InvalidRequest.LimitExceeded", which the API 3.0
// SDK never returns. Fix: its API 3.0 equivalent ("RequestLimitExceeded")
// where there is one.
//
// # wrong-product
//
// A real code that the producing product never returns: typically copied
// from another product's handling. The message names the products that
// declare it, and suggests the same suffix under another family of this
// product when there is one (with a fix when exactly one). Needs a known
// origin, and with several producing products, all must lack the code.
//
// # unknown-code
//
// A code no product declares: a misspelling. With a known origin the
// message suggests the nearest codes of the product (a case-only
// difference, a few edits, or the same suffix under another family) and
// fixes when exactly one is nearest; a code with nothing near is still
// reported. With an unknown origin only a near miss of a known code is
// reported, because the code may belong to a product out of view.
//
// # Suppressing
//
// //tcerrcheck:ignore <category>[,<category>] <reason> on the line or the
// line above silences that category there; the reason is required.
// golangci-lint's //nolint:tcerrcheck works too. Generated files are not
// checked (cgo output counts as the hand-written file it came from);
// _test.go files are.
package analyzer
