package main

import (
	"bufio"
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strconv"
	"strings"
)

// gitRepo reads objects of a git repository (a bare mirror will do)
// through one long-lived `git cat-file --batch`: the generator reads some
// hundred thousand trees and blobs, and a process per object would take
// longer than the rest of the work.
type gitRepo struct {
	dir string
	cmd *exec.Cmd
	in  io.WriteCloser
	out *bufio.Reader
}

// errMissing is returned for a revision or path the repository lacks.
var errMissing = errors.New("missing")

// openRepo starts the batch reader on the repository at dir.
func openRepo(dir string) (*gitRepo, error) {
	cmd := exec.Command("git", "--git-dir="+dir, "cat-file", "--batch")
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("git cat-file in %s: %w", dir, err)
	}
	return &gitRepo{dir: dir, cmd: cmd, in: in, out: bufio.NewReaderSize(out, 1<<20)}, nil
}

// Close ends the batch reader.
func (r *gitRepo) Close() error {
	r.in.Close()
	return r.cmd.Wait()
}

// object returns the type and content of the object named by rev, which is
// anything cat-file accepts: a hash, "<tag>:<path>".
func (r *gitRepo) object(rev string) (kind string, data []byte, err error) {
	if strings.ContainsAny(rev, "\n") {
		return "", nil, fmt.Errorf("bad revision %q", rev)
	}
	if _, err := io.WriteString(r.in, rev+"\n"); err != nil {
		return "", nil, err
	}
	header, err := r.out.ReadString('\n')
	if err != nil {
		return "", nil, fmt.Errorf("git cat-file in %s: %w", r.dir, err)
	}
	fields := strings.Fields(header)
	if len(fields) == 2 && fields[1] == "missing" {
		return "", nil, fmt.Errorf("%s: %w", rev, errMissing)
	}
	if len(fields) != 3 {
		return "", nil, fmt.Errorf("git cat-file in %s: unexpected header %q", r.dir, header)
	}
	size, err := strconv.Atoi(fields[2])
	if err != nil {
		return "", nil, fmt.Errorf("git cat-file in %s: unexpected header %q", r.dir, header)
	}
	data = make([]byte, size+1) // the content and its closing newline
	if _, err := io.ReadFull(r.out, data); err != nil {
		return "", nil, fmt.Errorf("git cat-file in %s: %w", r.dir, err)
	}
	return fields[1], data[:size], nil
}

// treeEntry is one entry of a tree object.
type treeEntry struct {
	name  string
	hash  string // hex
	isDir bool
}

// tree returns the entries of the tree named by rev.
func (r *gitRepo) tree(rev string) ([]treeEntry, error) {
	kind, data, err := r.object(rev)
	if err != nil {
		return nil, err
	}
	if kind != "tree" {
		return nil, fmt.Errorf("%s: a %s, not a tree", rev, kind)
	}
	return parseTree(data, 20)
}

// parseTree decodes a raw tree object: per entry "<octal mode> <name>\0"
// and the hash in hashLen bytes.
func parseTree(data []byte, hashLen int) ([]treeEntry, error) {
	var entries []treeEntry
	for len(data) > 0 {
		sp := bytes.IndexByte(data, ' ')
		nul := bytes.IndexByte(data, 0)
		if sp < 0 || nul < sp || len(data) < nul+1+hashLen {
			return nil, errors.New("corrupt tree object")
		}
		mode := string(data[:sp])
		entries = append(entries, treeEntry{
			name:  string(data[sp+1 : nul]),
			hash:  hex.EncodeToString(data[nul+1 : nul+1+hashLen]),
			isDir: mode == "40000",
		})
		data = data[nul+1+hashLen:]
	}
	return entries, nil
}

// blob returns the content of the blob with the given hash.
func (r *gitRepo) blob(hash string) ([]byte, error) {
	kind, data, err := r.object(hash)
	if err != nil {
		return nil, err
	}
	if kind != "blob" {
		return nil, fmt.Errorf("%s: a %s, not a blob", hash, kind)
	}
	return data, nil
}

// tagDates returns every tag of the repository with the date of the commit
// it names (YYYY-MM-DD).
func (r *gitRepo) tagDates() (map[string]string, error) {
	cmd := exec.Command("git", "--git-dir="+r.dir, "for-each-ref",
		"--format=%(refname:short) %(*committerdate:short)%(committerdate:short)", "refs/tags")
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("git for-each-ref in %s: %w", r.dir, err)
	}
	dates := make(map[string]string)
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		if name, date, ok := strings.Cut(line, " "); ok {
			dates[name] = date
		}
	}
	return dates, nil
}
