#!/usr/bin/env bash
# realworld_fix.sh REPOS_TSV WORK: applies every prefer-constant fix that a
# run of the real-programs runner with VETFLAGS=-enable=prefer-constant
# reported (its go vet -json output in WORK/out) to the checkouts it left
# in WORK/src/<owner>+<name>, then checks the fixed trees still build and
# that go vet finds nothing it did not find before the fixes (a real
# program may well have vet findings of its own), and prints per
# repository how many literals were rewritten to SDK constants and how
# many imports were added. The checkouts are modified: use a work folder
# you can throw away.
#
# REPOS_TSV has the runner's columns: repo, commit, mode (mod or vendor),
# timeout in seconds, setup (ignored: the runner set the checkout up),
# packages.
set -uo pipefail
[[ $# -eq 2 ]] || { echo "usage: $0 REPOS_TSV WORK" >&2; exit 2; }
REPOS=$1 WORK=$2 HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
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
    applied=$(python3 "$HERE/apply_fixes.py" prefer-constant "$WORK/out/$name.stdout" "$WORK/out/$name.stderr") || exit 1
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
