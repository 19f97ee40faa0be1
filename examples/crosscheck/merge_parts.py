#!/usr/bin/env python3
"""Merge several `crosscheck.json` files (runs of `tower crosscheck` over disjoint groups) into one,
to be rendered with `tower crosscheck --from merged.json --out DIR`.

usage: merge_parts.py [--replace] OUT.json PART1.json PART2.json ...

Groups (each once: a group in two parts keeps its first theory row) and cells are concatenated in
the order given; wall times add up; the command records every
part's command; the budget's recipe is the first part's (the parts must share the recipe, or the
README says where they differ), its training modes the union of all parts'.

--replace: a cell of a later part takes the place of an earlier cell with the same group, family,
depth, initialisation and training side (plain: guidance "none" or "none, cascade on retry";
guided: the guidance's name), instead of being added beside it. That is how a part re-run under a
newer default replaces the old cells; the wall time of the replaced cells' runs is taken off.
"""
import json
import sys

args = sys.argv[1:]
replace = "--replace" in args
args = [a for a in args if a != "--replace"]
if len(args) < 2:
    sys.exit("usage: merge_parts.py [--replace] OUT.json PART1.json PART2.json ...")
out, parts = args[0], args[1:]


def side(cell):
    guidance = cell["guidance"]
    return "plain" if guidance in ("none", "none, cascade on retry") else guidance


def key(cell):
    return (cell["group"], cell["family"], cell["depth"], cell["initialisation"], side(cell))


def cell_wall(cell):
    return sum(run.get("wall_seconds", 0) for run in cell["runs"])


merged = None
replaced = 0
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
    for cell in r["cells"]:
        at = [i for i, old in enumerate(merged["cells"]) if key(old) == key(cell)] if replace else []
        if at:
            merged["wall_seconds"] -= cell_wall(merged["cells"][at[0]])
            merged["cells"][at[0]] = cell
            replaced += 1
        else:
            merged["cells"].append(cell)
    for mode in r["budget"]["guidance"]:
        if mode not in merged["budget"]["guidance"]:
            merged["budget"]["guidance"].append(mode)
with open(out, "w") as f:
    json.dump(merged, f, indent=2, sort_keys=True)
print(f"{len(merged['groups'])} groups, {len(merged['cells'])} cells ({replaced} replaced) from {len(parts)} parts -> {out}")
