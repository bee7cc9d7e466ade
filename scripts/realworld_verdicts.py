#!/usr/bin/env python3
"""realworld_verdicts.py DIAGS [VERDICTS]

Compares a run of tcerrcheck on real programs (the diags.tsv a runner
writes: repo, file, line, col, category, message) with the verdicts kept in
testdata/realworld/verdicts.tsv (repo, file, line, category, verdict,
reason, message): prints the diagnostics that have no verdict yet, the
verdicts whose diagnostic is gone, and per category how many diagnostics
are right, and the inventory's counts (category "inventory", with
-enable=inventory): comparison sites, the share with a known product, and
why the others are unknown; prefer-constant reports (with
-enable=prefer-constant) are counted, not judged: scripts/realworld_fix.sh
applies their fixes and builds. A diagnostic matches a verdict by repository,
file, line and category; the message is kept for the reader. Verdicts: "right" (a real
defect, or a report a maintainer would act on), "wrong" (a false alarm,
fixed at its cause or to be), "unsure".

Exit status 1 when some diagnostic has no verdict or some verdict is wrong.
"""
import collections, csv, os, sys

def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))

def key(row):
    return (row["repo"], row["file"], row["line"], row["category"])

def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    here = os.path.dirname(os.path.abspath(__file__))
    vpath = sys.argv[2] if len(sys.argv) == 3 else os.path.join(here, "..", "testdata", "realworld", "verdicts.tsv")
    diags = read(sys.argv[1])
    verdicts = {key(v): v for v in read(vpath)}
    seen, status = set(), 0
    per_cat = collections.defaultdict(collections.Counter)
    inventory = collections.defaultdict(collections.Counter)
    rewrites = collections.Counter()
    for d in diags:
        if d["category"] == "inventory":
            inventory[d["repo"]][inventory_kind(d["message"])] += 1
            continue
        if d["category"] == "prefer-constant":
            # Not a defect: checked by applying the fixes and building
            # (scripts/realworld_fix.sh), counted here.
            rewrites[d["repo"]] += 1
            continue
        k = key(d)
        seen.add(k)
        v = verdicts.get(k)
        if v is None:
            print("no verdict:", "\t".join([d["repo"], d["file"] + ":" + d["line"], d["category"], d["message"]]))
            status = 1
            continue
        per_cat[d["category"]][v["verdict"]] += 1
        if v["verdict"] == "wrong":
            status = 1
    for k, v in sorted(verdicts.items()):
        if k not in seen:
            print("gone:", "\t".join([v["repo"], v["file"] + ":" + v["line"], v["category"], v["verdict"], v["reason"]]))
    for cat, c in sorted(per_cat.items()):
        total = sum(c.values())
        print(f"{cat}: {c['right']} of {total} right, {c['wrong']} wrong, {c['unsure']} unsure")
    for repo, n in sorted(rewrites.items()):
        print(f"prefer-constant {repo}: {n} literals with an SDK constant")
    for repo, c in sorted(inventory.items()):
        judged = sum(n for kind, n in c.items() if not kind.startswith("in a helper"))
        known = c["known"]
        print(f"inventory {repo}: {sum(c.values())} comparison sites, {c['in a helper']} inside helpers (counted at their call sites); "
              f"of the other {judged}, {known} ({100 * known / max(judged, 1):.1f}%) with a known product")
        for kind, n in c.most_common():
            if kind not in ("known", "in a helper"):
                print(f"  {n:6d}  {kind}")
    sys.exit(status)

def inventory_kind(message):
    """known, in a helper, or the reason an origin is unknown, with the
    names in it (variables, functions) left out so reasons group."""
    if "; origin: " in message:
        return "known"
    if "; in a helper:" in message:
        return "in a helper"
    reason = message.split("; origin unknown: ", 1)[-1]
    for marker in (" is not a local variable", " is never assigned", " is assigned from itself", " is not a variable"):
        if marker in reason:
            return "<variable>" + marker + reason.split(marker, 1)[1]
    if reason.startswith("the error comes from ") and ", which returns" in reason:
        return "the error comes from <function>, which returns" + reason.split(", which returns", 1)[1]
    if reason.startswith("nothing tells the codes of "):
        return "nothing tells the codes of <package> (an SDK without errors.go, or a product no catalog has)"
    return reason

main()
