#!/usr/bin/env python3
"""Compare `tower group --batch .build/transitive_sample.jsonl` (output in
.build/transitive_sample.out.jsonl) with GAP's fields in .build/transitive_sample.jsonl (written by
bench/gap/transitive_sample.g): order, derived and lower central series orders, sorted composition
factor orders. Prints the counts and every disagreement; exit status 0 when all agree."""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
gap = [json.loads(l) for l in (ROOT / ".build/transitive_sample.jsonl").read_text().splitlines()]
ours = [json.loads(l) for l in (ROOT / ".build/transitive_sample.out.jsonl").read_text().splitlines()]
if len(gap) != len(ours):
    sys.exit(f"expected {len(gap)} rows, got {len(ours)}")
bad = []
for g, t in zip(gap, ours):
    factors = sorted(t.get("composition_factor_orders") or [], key=int)
    if (t.get("error") or t.get("order") != g["gap_order"] or t.get("derived_series_orders") != g["gap_derived"]
            or t.get("lower_central_series_orders") != g["gap_lower_central"] or factors != g["gap_factors"]):
        bad.append(g["id"])
print(f"{len(gap)} groups: {len(gap) - len(bad)} agree, {len(bad)} disagree {bad[:20]}")
sys.exit(1 if bad else 0)
