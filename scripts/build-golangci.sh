#!/usr/bin/env bash
# Builds golangci-lint v2 with the tcerrcheck plugin compiled in, from the Go
# module proxy alone.
#
#   bash scripts/build-golangci.sh [OUTPUT]    # default: bin/golangci-lint-tcerrcheck
#
# "golangci-lint custom" (with .custom-gcl.yml) makes the same binary but
# git-clones golangci-lint first, which fails on machines that reach only the
# module proxy. tools/golangci is a small module whose main runs golangci-lint's
# public command package and blank-imports cmd/gclplugin; its go.mod pins the
# golangci-lint release and every dependency, and replaces this repository
# with the working tree, so the binary checks with the analyzer as it is here.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/bin/golangci-lint-tcerrcheck}"
mkdir -p "$(dirname "$out")"
out="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"

# Build against a scratch copy of go.mod/go.sum: when the main module gains a
# dependency, -mod=mod records it there instead of in the committed files.
# The module root (and so the ../.. replace) stays tools/golangci.
modfile="$(mktemp -d)"
trap 'rm -rf "$modfile"' EXIT
cp "$root/tools/golangci/go.mod" "$root/tools/golangci/go.sum" "$modfile/"

# golangci-lint caches results under its version string: give each state of
# the tcerrcheck sources its own, as golangci-lint custom does.
if command -v sha256sum >/dev/null; then sum=sha256sum; else sum="shasum -a 256"; fi
digest="$(cd "$root" && find . \( -path ./.git -o -path ./bin -o -path ./tools -o -path ./sample -o -path ./testdata \) -prune \
	-o -type f -print0 | LC_ALL=C sort -z | xargs -0 $sum | $sum | cut -c1-12)"

cd "$root/tools/golangci"
GOWORK=off go build -mod=mod -modfile="$modfile/go.mod" -trimpath -ldflags="-X main.pluginVersion=$digest" -o "$out" .
"$out" version
