package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"time"
)

// module is what `go mod download -json` reports for one pinned module,
// plus the tag date read from its .info file.
type module struct {
	Path    string
	Version string
	Dir     string // extracted source in the module cache
	Info    string // path of the .info file holding the tag time
	Error   string
	date    string // YYYY-MM-DD, "" when unknown
}

// download fetches every pin with one ordinary `go mod download -json`
// call, so the module cache, GOPROXY and checksum database apply as usual.
// It runs in an empty directory: outside any module, nothing is written to
// our go.mod or go.sum. Every pin that fails is named in the error.
func download(pins []pin) ([]module, error) {
	tmp, err := os.MkdirTemp("", "tcerrcheck-catalog-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)

	args := []string{"mod", "download", "-json"}
	for _, p := range pins {
		args = append(args, p.module+"@"+p.version)
	}
	cmd := exec.Command("go", args...)
	cmd.Dir = tmp
	cmd.Env = append(os.Environ(), "GOWORK=off")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	runErr := cmd.Run()

	mods, err := decodeDownloads(&stdout)
	if err != nil {
		return nil, fmt.Errorf("go mod download: %v (%v)\n%s", err, runErr, stderr.Bytes())
	}
	return matchDownloads(pins, mods, runErr, stderr.String())
}

// decodeDownloads reads the stream of JSON objects `go mod download -json`
// prints, one per requested module.
func decodeDownloads(r io.Reader) ([]module, error) {
	var mods []module
	dec := json.NewDecoder(r)
	for {
		var m module
		if err := dec.Decode(&m); errors.Is(err, io.EOF) {
			return mods, nil
		} else if err != nil {
			return nil, err
		}
		m.date = readTagDate(m.Info)
		mods = append(mods, m)
	}
}

// matchDownloads pairs each pin with its download and fails, naming every
// failed pin, when any of them has an error or no directory.
func matchDownloads(pins []pin, mods []module, runErr error, stderr string) ([]module, error) {
	byKey := make(map[string]module, len(mods))
	for _, m := range mods {
		byKey[m.Path+"@"+m.Version] = m
	}
	out := make([]module, len(pins))
	var failed []string
	for i, p := range pins {
		m, ok := byKey[p.module+"@"+p.version]
		switch {
		case !ok:
			failed = append(failed, fmt.Sprintf("%s@%s: not reported by go mod download", p.module, p.version))
		case m.Error != "":
			failed = append(failed, fmt.Sprintf("%s@%s: %s", p.module, p.version, m.Error))
		case m.Dir == "":
			failed = append(failed, fmt.Sprintf("%s@%s: no directory", p.module, p.version))
		}
		out[i] = m
	}
	if len(failed) > 0 {
		return nil, fmt.Errorf("%d pinned module(s) failed to download:\n  %s", len(failed), strings.Join(failed, "\n  "))
	}
	if runErr != nil {
		return nil, fmt.Errorf("go mod download: %v\n%s", runErr, stderr)
	}
	return out, nil
}

// readTagDate returns the date of the module version's tag from its .info
// file, or "" when it cannot be read: the date only decorates the release
// string, so its absence is not an error.
func readTagDate(info string) string {
	b, err := os.ReadFile(info)
	if err != nil {
		return ""
	}
	var v struct{ Time time.Time }
	if json.Unmarshal(b, &v) != nil || v.Time.IsZero() {
		return ""
	}
	return v.Time.UTC().Format(time.DateOnly)
}
