#!/usr/bin/env python3
"""Merge several `crosscheck.json` files (runs of `tower crosscheck` over disjoint groups) into one,
to be rendered with `tower crosscheck --from merged.json --out DIR`.

usage: merge_parts.py OUT.json PART1.json PART2.json ...

Groups (each once: a group in two parts keeps its first theory row) and cells are concatenated in
the order given; wall times add up; the command records every
part's command; the budget's recipe is the first part's (the parts must share the recipe, or the
README says where they differ), its training modes the union of all parts'.
"""
import json
import sys

out, parts = sys.argv[1], sys.argv[2:]
merged = None
for path in parts:
    with open(path) as f:
        r = json.load(f)
    if merged is None:
        merged = r
        merged["command"] = r["command"]
        continue
    merged["command"] += " ; " + r["command"]
    merged["wall_seconds"] += r["wall_seconds"]
    known = {g["group"] for g in merged["groups"]}
    merged["groups"] += [g for g in r["groups"] if g["group"] not in known]
    merged["cells"] += r["cells"]
    for mode in r["budget"]["guidance"]:
        if mode not in merged["budget"]["guidance"]:
            merged["budget"]["guidance"].append(mode)
with open(out, "w") as f:
    json.dump(merged, f, indent=2, sort_keys=True)
print(f"{len(merged['groups'])} groups, {len(merged['cells'])} cells from {len(parts)} parts -> {out}")
