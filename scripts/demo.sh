#!/usr/bin/env bash
# demo.sh: build tcerrcheck and run it under go vet on the bundled sample,
# a small program on the real Tencent Cloud SDK with marked defects.
#
# Run from anywhere; needs Go and access to a module proxy that serves the
# SDK modules (or a module cache that has them). Exits 0 when each of the
# default categories fired at least once, 1 when one did not, 2 when go vet
# itself failed (build error, download failure).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="$root/bin/tcerrcheck"
core=(unknown-code wrong-case wrong-product legacy-code removed-code family-exact retry-incomplete wrong-error-type)

echo "building $bin"
(cd "$root" && go build -o "$bin" ./cmd/tcerrcheck)

cd "$root/sample"
# -mod=mod: a missing go.sum line is filled in instead of failing the run.
export GOFLAGS=-mod=mod GOWORK=off

# A first run downloads the SDK modules and compiles their packages, which
# takes a minute or two: say what is going on instead of sitting silent.
# GOPROXY=off asks only the module cache, to tell a first run from the next.
if ! GOPROXY=off go mod download >/dev/null 2>&1; then
	echo "downloading the SDK modules the sample needs (about 4 MB, once) ..."
	log="$(mktemp)"
	trap 'rm -f "$log"' EXIT
	# one line per module as it arrives; everything if the download fails
	if ! go mod download -x 2>&1 | tee "$log" | sed -n 's|^# get [a-z]*://[^/]*/\(.*\)/@v/\(.*\)\.zip: 200 OK.*|  \1@\2|p'; then
		echo "go mod download failed:" >&2
		cat "$log" >&2
		exit 2
	fi
fi
echo "running go vet -vettool=$bin ./... in sample/ (a first run compiles the SDK packages: a minute or two) ..."

# The JSON run decides success: with -json, go vet exits 0 even when it
# reports, so a non-zero status means vet itself failed.
if ! json="$(go vet -json -vettool="$bin" ./... 2>&1)"; then
	echo "go vet failed:" >&2
	echo "$json" >&2
	exit 2
fi

echo "go vet -vettool=$bin ./...   (in sample/)"
# Text run for people to read; vet exits 1 because it reported, which is the
# point here. Results are cached, so this costs little after the JSON run.
go vet -vettool="$bin" ./... 2>&1 || true

# Categories from the JSON ("category": "x" lines), one per diagnostic.
# Plain sed/grep/sort so that this runs on bash 3.2 (macOS) too.
cats="$(printf '%s\n' "$json" | sed -n 's/^[[:space:]]*"category": "\([^"]*\)",\{0,1\}$/\1/p')"
total=0 summary="" missing=""
for cat in "${core[@]}"; do
	n=$(printf '%s\n' "$cats" | grep -cxF -- "$cat" || true)
	total=$((total + n))
	summary="$summary, $n $cat"
	if ((n == 0)); then missing="$missing $cat"; fi
done
others="$(printf '%s\n' "$cats" | grep -vxF -e "" "${core[@]/#/-e}" | sort | uniq -c || true)"
while read -r n cat; do
	[[ -n "$cat" ]] || continue
	total=$((total + n))
	summary="$summary, $n $cat"
done <<<"$others"
echo
echo "tcerrcheck: $total diagnostics: ${summary#, }"

if [[ -n "$missing" ]]; then
	echo "FAIL: no diagnostics of:$missing" >&2
	exit 1
fi
echo "OK: all of ${core[*]} fired"
