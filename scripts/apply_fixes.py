#!/usr/bin/env python3
"""apply_fixes.py CATEGORY FILE...

Applies the first suggested fix of every diagnostic of CATEGORY found in
the go vet -json (or tcerrcheck -json) output FILEs, the way go vet -fix
would, and prints what it did: "diagnostics N, fixes N, rewrites N,
imports N, conflicts N". A literal reported for a package and again for
its test variant carries the same edits: they are applied once. Two fixes
whose edits overlap differently are a conflict: the later one is left out
and counted (there should be none).
"""
import json, re, sys, collections

def objects(text):
    """The top-level JSON objects of a vet -json stream, which mixes them
    with "# package" lines."""
    dec, i = json.JSONDecoder(), 0
    while True:
        i = text.find("{", i)
        if i < 0:
            return
        try:
            obj, end = dec.raw_decode(text, i)
        except json.JSONDecodeError:
            i += 1
            continue
        yield obj
        i = end

def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    category, paths = sys.argv[1], sys.argv[2:]
    diags, fixes = 0, []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for obj in objects(text):
            for analyzers in obj.values():
                if not isinstance(analyzers, dict):
                    continue
                for found in analyzers.values():
                    if not isinstance(found, list):
                        continue
                    for d in found:
                        if d.get("category") != category:
                            continue
                        diags += 1
                        if d.get("suggested_fixes"):
                            edits = tuple(sorted((e["filename"], e["start"], e["end"], e["new"]) for e in d["suggested_fixes"][0]["edits"]))
                            fixes.append(edits)
    applied, conflicts = set(), 0
    byfile = collections.defaultdict(set)
    for fix in dict.fromkeys(fixes):  # each distinct fix once, in order
        ok = True
        for (name, start, end, new) in fix:
            for (s, e, n) in byfile[name]:
                same = (s, e, n) == (start, end, new)
                overlap = start < e and s < end or (start == end == s == e and n != new)
                if overlap and not same:
                    ok = False
        if not ok:
            conflicts += 1
            continue
        applied.add(fix)
        for (name, start, end, new) in fix:
            byfile[name].add((start, end, new))
    rewrites = imports = 0
    for name, edits in byfile.items():
        with open(name, "rb") as f:
            data = f.read()
        for (start, end, new) in sorted(edits, reverse=True):
            data = data[:start] + new.encode() + data[end:]
            if start == end and re.search(r'"[^"]+"', new):
                imports += 1
            else:
                rewrites += 1
        with open(name, "wb") as f:
            f.write(data)
    print(f"diagnostics {diags}, fixes {len(applied)}, rewrites {rewrites}, imports {imports}, conflicts {conflicts}")
    sys.exit(1 if conflicts else 0)

if __name__ == "__main__":
    main()
