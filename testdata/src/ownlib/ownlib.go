// Package ownlib is a program's own package, at a path without a dot as a
// main module's may be, whose error comes from an interface method the
// analyzer cannot follow.
package ownlib

// Store loads something, from anywhere.
type Store interface{ Load() error }

// Default is the store Load uses.
var Default Store

// Load loads from the default store.
func Load() error { return Default.Load() }
