// Package codes is what tcerrcheck knows about Tencent Cloud API error codes:
// the shape of a code, the built-in tables (API 3.0 public codes, API 2.0
// legacy codes, the SDK's client-side codes), the code set of an SDK product
// package in view, the doc-page parser the tables are generated from, the
// "did you mean" suggester, and the error codes of Cloud Object Storage's
// XML API (COS), which Go programs reach through their own SDK.
//
// It deliberately does not import golang.org/x/tools/go/analysis: the
// analyzer asks, this package answers. Data flows one way.
package codes
