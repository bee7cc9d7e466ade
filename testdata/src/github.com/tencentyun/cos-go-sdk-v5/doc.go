// Package cos is a stub of github.com/tencentyun/cos-go-sdk-v5 v0.7.70 (the
// COS SDK for Go, module version of 2025-09-18) for analysistest. Package
// name, type names, struct fields with their tags, and function and method
// signatures are those of v0.7.70; only what tests need is kept, and the
// comments and bodies are our own. Nothing makes a network call: every
// service method fails with a *RetryError, as the real client does when no
// request gets through.
package cos
