// Package cloud wraps SDK clients: its functions' error origins become
// facts for the packages that call them.
package cloud
