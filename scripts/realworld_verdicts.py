#!/usr/bin/env python3
"""realworld_verdicts.py DIAGS [VERDICTS]

Compares a run of tcerrcheck on real programs (the diags.tsv a runner
writes: repo, file, line, col, category, message) with the verdicts kept in
testdata/realworld/verdicts.tsv (repo, file, line, category, verdict,
reason, message): prints the diagnostics that have no verdict yet, the
verdicts whose diagnostic is gone, and per category how many diagnostics
are right. A diagnostic matches a verdict by repository, file, line and
category; the message is kept for the reader. Verdicts: "right" (a real
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
    for d in diags:
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
    sys.exit(status)

main()
