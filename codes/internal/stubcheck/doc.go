// Package stubcheck holds only tests: they keep the stub SDK packages under
// testdata/src faithful to the real Tencent Cloud SDK, so analyzer tests
// written against the stubs mean the same thing on real code.
//
// The checks mirror facts measured on the real SDK: every errors.go
// constant is named after its value, every code listed in an action's doc
// section is declared in errors.go, every action X has XWithContext, and,
// when the real module is in the module cache, every stubbed name, value
// and listed code exists in the real version the stub names.
package stubcheck
