package main

import (
	"fmt"
	"maps"
	"path"
	"slices"
	"strings"
)

// release describes the snapshot the catalog reflects, one clause per SDK
// repository, from the pins themselves: for the per-product modules of the
// Chinese SDK, the newest tag among them (older products were pinned at
// older tags, so it reads "up to"); for a whole-SDK module, its tag.
//
//	tencentcloud-sdk-go product modules up to v1.3.166 (2026-08-21) + tencentcloud-sdk-go-intl-en v3.0.646+incompatible (2023-03-06)
func release(pins []pin, mods []module) string {
	byRepo := make(map[string][]source)
	for i, p := range pins {
		repo := strings.TrimSuffix(p.module, "/tencentcloud/"+p.product)
		s := source{module: p.module, version: p.version, date: mods[i].date}
		byRepo[path.Base(repo)] = append(byRepo[path.Base(repo)], s)
	}
	var clauses []string
	for _, repo := range slices.Sorted(maps.Keys(byRepo)) {
		ss := byRepo[repo]
		newest := slices.MaxFunc(ss, func(a, b source) int {
			if c := strings.Compare(a.date, b.date); c != 0 {
				return c
			}
			return compareVersions(a.version, b.version)
		})
		clause := repo + " " + newest.version
		if len(ss) > 1 {
			clause = repo + " product modules up to " + newest.version
		}
		if newest.date != "" {
			clause += " (" + newest.date + ")"
		}
		clauses = append(clauses, clause)
	}
	return strings.Join(clauses, " + ")
}

// compareVersions orders "vMAJOR.MINOR.PATCH[+incompatible]" numerically;
// the pins need nothing more of semver.
func compareVersions(a, b string) int {
	var x, y [3]int
	fmt.Sscanf(a, "v%d.%d.%d", &x[0], &x[1], &x[2])
	fmt.Sscanf(b, "v%d.%d.%d", &y[0], &y[1], &y[2])
	return slices.Compare(x[:], y[:])
}
