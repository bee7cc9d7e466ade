#!/usr/bin/env bash
# Builds gopls with tcerrcheck among its analyzers, from the Go module proxy.
#
#   bash scripts/build-gopls.sh [OUTPUT]    # default: bin/gopls-tcerrcheck
#
# Stock gopls cannot load third-party analyzers (golang/go#59869): its list
# lives in gopls's internal/settings/analysis.go. This script copies the gopls
# module from the module cache into a scratch directory, adds tcerrcheck (this
# working tree) to that list, and builds it with the golang.org/x/tools that
# gopls pins, since gopls uses x/tools internals that change between versions.
# Nothing of gopls is kept in this repository. tcerrcheck runs there with its
# defaults: gopls has no way to pass analyzer flags.
set -euo pipefail

# The newest gopls that builds with Go 1.26; v0.24.0 needs Go 1.27.
version=v0.23.0

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/bin/gopls-tcerrcheck}"
mkdir -p "$(dirname "$out")"
out="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export GOWORK=off GOFLAGS=-mod=mod

(cd "$work" && go mod download "golang.org/x/tools/gopls@$version")
cp -R "$(go env GOMODCACHE)/golang.org/x/tools/gopls@$version" "$work/gopls"
chmod -R u+w "$work/gopls"
cd "$work/gopls"

settings=internal/settings/analysis.go
perl -0pi -e 's|^import \(\n|import (\n\ttcerrcheck "github.com/tcerrcheck/tcerrcheck/analyzer"\n|m;
	s|^(\t\t\{analyzer: unusedvariable\.Analyzer\},\n)|$1\t\t{analyzer: tcerrcheck.Analyzer},\n|m' "$settings"
if [ "$(grep -c tcerrcheck "$settings")" -ne 2 ]; then # the import and the list entry
	echo "build-gopls.sh: gopls $version's $settings changed shape; update the patch" >&2
	exit 1
fi

xtools="$(go list -m -f '{{.Version}}' golang.org/x/tools)"
go mod edit -require=github.com/tcerrcheck/tcerrcheck@v0.0.0 \
	-replace=github.com/tcerrcheck/tcerrcheck="$root" \
	-replace=golang.org/x/tools=golang.org/x/tools@"$xtools"
go build -trimpath -o "$out" .
"$out" version
