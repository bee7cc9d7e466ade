#!/usr/bin/env bash
# realworld_fix.sh REPOS_TSV WORK: applies every prefer-constant fix
# tcerrcheck suggests, with its own -fix under go vet, to the checkouts the
# real-programs runner left in WORK/src/<owner>+<name>, then checks the
# fixed trees still build and that go vet finds nothing it did not find
# before the fixes (a real program may well have vet findings of its own),
# and prints per repository how many lines the fixes rewrote and how many
# imports they added. The checkouts are modified: use a work folder you can
# throw away.
#
# REPOS_TSV has the runner's columns: repo, commit, mode (mod or vendor),
# timeout in seconds, setup (ignored: the runner set the checkout up),
# packages. The tool is built from this repository into WORK.
set -uo pipefail
[[ $# -eq 2 ]] || { echo "usage: $0 REPOS_TSV WORK" >&2; exit 2; }
REPOS=$1 WORK=$2 ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BIN="$(cd "$WORK" && pwd)/tcerrcheck"
(cd "$ROOT" && go build -o "$BIN" ./cmd/tcerrcheck) || exit 1
# only prefer-constant, and every fix of it
FIXFLAGS=(-fix -disable=all -enable=prefer-constant)
status=0
printf 'repo\tapplied\tbuild\tvet after the fixes\n'
while IFS=$'\t' read -r repo _commit mode _timeout _setup packages; do
  [[ -z "$repo" || "$repo" == \#* ]] && continue
  name=${repo/\//+} dir="$WORK/src/${repo/\//+}"
  [[ -d "$dir" ]] || { echo "no checkout at $dir: run the runner first" >&2; status=1; continue; }
  (
    cd "$dir" || exit 1
    export GOTOOLCHAIN=local GOSUMDB=off GOWORK=off GOFLAGS=-mod=$mode
    findings() { grep -v '^#' "$1" | sort; } # vet's findings, without package headers
    # shellcheck disable=SC2086 # package lists are meant to split
    go vet $packages >"$WORK/vet-before-$name.log" 2>&1
    # the patch first, for the counts (go vet -fix -diff exits 1 when it
    # has one), then the fixes themselves
    # shellcheck disable=SC2086
    go vet -vettool="$BIN" "${FIXFLAGS[@]}" -diff $packages >"$WORK/fix-$name.diff" 2>"$WORK/fix-$name.log"
    # shellcheck disable=SC2086
    go vet -vettool="$BIN" "${FIXFLAGS[@]}" $packages >>"$WORK/fix-$name.log" 2>&1 ||
      { echo "$repo: go vet -fix failed, see $WORK/fix-$name.log" >&2; exit 1; }
    lines=$(grep -c '^-[^-]' "$WORK/fix-$name.diff")
    imports=$(grep -cE '^\+[[:space:]]*(import[[:space:]]+)?([[:alnum:]_]+[[:space:]]+)?"[^"]+"$' "$WORK/fix-$name.diff")
    applied="lines rewritten $lines, imports $imports"
    # shellcheck disable=SC2086
    build=ok; go build $packages >"$WORK/build-$name.log" 2>&1 || build=FAILED
    # shellcheck disable=SC2086
    go vet $packages >"$WORK/vet-after-$name.log" 2>&1
    new=$(comm -13 <(findings "$WORK/vet-before-$name.log") <(findings "$WORK/vet-after-$name.log") | wc -l)
    vet="no new findings"; [[ $new -eq 0 ]] || vet="$new NEW FINDINGS"
    printf '%s\t%s\t%s\t%s\n' "$repo" "$applied" "$build" "$vet"
    [[ $build == ok && $new -eq 0 ]]
  ) || status=1
done <"$REPOS"
exit $status
