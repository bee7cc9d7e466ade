// Package gentest holds what the generators' tests share: checking that a
// committed generated file is what its generator makes now.
package gentest

import (
	"bytes"
	"os"
	"testing"
)

// MatchesCommitted fails t when generated differs from the committed file
// at path, naming the file and the command that refreshes it.
func MatchesCommitted(t *testing.T, generated []byte, path, name string) {
	t.Helper()
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(generated, want) {
		t.Errorf("%s is stale; run go generate ./codes", name)
	}
}
