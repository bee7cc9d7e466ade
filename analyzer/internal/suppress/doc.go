// Package suppress decides which diagnostics a file silences: its
// //tcerrcheck:ignore directives (a category and a reason, on the line or
// the line above) and whether the whole file is generated.
package suppress
