package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// release is one tagged release of an SDK repository.
type release struct {
	tag  string // "v1.3.166"
	date string // the tagged commit's date, YYYY-MM-DD
}

// semver parses "vMAJOR.MINOR.PATCH"; ok is false for anything else (the
// product tags "tencentcloud/cvm/v1.3.162", the intl-en SDK's early tags
// without the v).
func semver(tag string) (v [3]int, ok bool) {
	rest, ok := strings.CutPrefix(tag, "v")
	if !ok {
		return v, false
	}
	parts := strings.Split(rest, ".")
	if len(parts) != 3 {
		return v, false
	}
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || strconv.Itoa(n) != p {
			return v, false
		}
		v[i] = n
	}
	return v, true
}

// releasesUpTo returns the repository's release tags (vMAJOR.MINOR.PATCH)
// up to and including newest, oldest first. The SDK tags every release
// this way; product tags point at the same commits.
func releasesUpTo(dates map[string]string, newest string) ([]release, error) {
	top, ok := semver(newest)
	if !ok {
		return nil, fmt.Errorf("release %q is not vMAJOR.MINOR.PATCH", newest)
	}
	if _, ok := dates[newest]; !ok {
		return nil, fmt.Errorf("no tag %s", newest)
	}
	var out []release
	for tag, date := range dates {
		if v, ok := semver(tag); ok && slices.Compare(v[:], top[:]) <= 0 {
			out = append(out, release{tag, date})
		}
	}
	slices.SortFunc(out, func(a, b release) int {
		x, _ := semver(a.tag)
		y, _ := semver(b.tag)
		return slices.Compare(x[:], y[:])
	})
	return out, nil
}
