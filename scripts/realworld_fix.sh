#!/usr/bin/env bash
# realworld_fix.sh BIN REPOS_TSV WORK MIRRORS: applies every prefer-constant
# fix to the checkouts a real-programs runner left in WORK/src/<owner>+<name>
# (made from the bare mirrors in MIRRORS at the commits of REPOS_TSV), then
# checks the fixed trees still build and vet, and prints per repository how
# many literals were rewritten to SDK constants and how many imports were
# added. The checkouts are modified: use a work folder you can throw away.
#
# REPOS_TSV has the runner's columns: repo, commit, mode (mod or vendor),
# timeout in seconds, setup (ignored here: the checkout is already set up),
# packages.
set -uo pipefail
[[ $# -eq 4 ]] || { echo "usage: $0 BIN REPOS_TSV WORK MIRRORS" >&2; exit 2; }
BIN=$(readlink -f "$1") REPOS=$2 WORK=$3 MIRRORS=$4
# Every category but prefer-constant off, so that only its fixes apply.
OFF=unknown-code,wrong-case,wrong-product,legacy-code,removed-code,family-exact,retry-incomplete
status=0
printf 'repo\trewrites\timports\tbuild\tvet\n'
while IFS=$'\t' read -r repo commit mode timeout_s _setup packages; do
  [[ -z "$repo" || "$repo" == \#* ]] && continue
  dir="$WORK/src/${repo/\//+}" git_dir="$MIRRORS/${repo/\//+}/repo"
  [[ -d "$dir" ]] || { echo "no checkout at $dir: run the runner first" >&2; status=1; continue; }
  (
    cd "$dir" || exit 1
    export GOTOOLCHAIN=local GOSUMDB=off GOWORK=off GOFLAGS=-mod=$mode
    # shellcheck disable=SC2086 # package lists are meant to split
    timeout "$timeout_s" go vet -vettool="$BIN" -fix -enable=prefer-constant -disable=$OFF $packages >/dev/null 2>"$WORK/fix-${repo/\//+}.log"
    # Literals that became Product.CONSTANT, and import lines added.
    diff() { git --git-dir="$git_dir" --work-tree="$dir" diff "$@" "$commit" -- '*.go'; }
    read -r rewrites imports < <(diff -U0 | python3 -c '
import re, sys
const = re.compile(r"\b[A-Za-z_][A-Za-z0-9_]*\.[A-Z][A-Z0-9_]*\b")
imp = re.compile(r"^\+\s*[A-Za-z_][A-Za-z0-9_]* \"github\.com/tencentcloud/")
n = added = 0
for line in sys.stdin:
    if line.startswith(("+++", "---")):
        continue
    if imp.match(line):
        added += 1
    elif line.startswith("+"):
        n += len(const.findall(line))
    elif line.startswith("-"):
        n -= len(const.findall(line))
print(n, added)')
    # shellcheck disable=SC2086
    build=ok; go build $packages >>"$WORK/fix-${repo/\//+}.log" 2>&1 || build=FAILED
    # shellcheck disable=SC2086
    vet=ok; go vet $packages >>"$WORK/fix-${repo/\//+}.log" 2>&1 || vet=FAILED
    printf '%s\t%s\t%s\t%s\t%s\n' "$repo" "$rewrites" "$imports" "$build" "$vet"
    [[ $build == ok && $vet == ok ]]
  ) || status=1
done <"$REPOS"
exit $status
