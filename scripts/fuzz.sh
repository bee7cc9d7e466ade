#!/usr/bin/env bash
# fuzz.sh: run each fuzz target of ./codes for a bounded time.
#
#   scripts/fuzz.sh [duration]     # default 20s per target, e.g. 60s, 5m
#
# Targets run one after another (go test -fuzz takes one target at a time).
# Exits non-zero at the first target that fails; the failing input is then
# in codes/testdata/fuzz/<Target>/, ready to commit as a regression seed.
set -euo pipefail

time="${1:-20s}"
[[ "$time" =~ ^[0-9]+[smh]?$ ]] || { echo "usage: $0 [duration such as 20s]" >&2; exit 2; }
[[ "$time" =~ [smh]$ ]] || time="${time}s"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# Every Fuzz function of the package, so a new target is picked up.
mapfile -t targets < <(go test -list '^Fuzz' ./codes | grep '^Fuzz' || true)
if ((${#targets[@]} == 0)); then
	echo "no fuzz targets found in ./codes" >&2
	exit 1
fi
for name in "${targets[@]}"; do
	echo "== $name ($time)"
	go test -run '^$' -fuzz "^${name}\$" -fuzztime "$time" ./codes
done
echo "OK: ${#targets[@]} fuzz targets, $time each"
