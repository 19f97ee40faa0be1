#!/usr/bin/env python3
"""Compare `tower group --batch` rows with GAP's fields (order, derived and lower central series
orders, sorted composition factor orders), matched by "id".

Without arguments: the sample, .build/transitive_sample.out.jsonl against
.build/transitive_sample.jsonl (bench/gap/transitive_sample.g); prints the counts.
With --degrees A-B (or one degree): every degree d in that range that has
.build/transitive/T<d>.jsonl (bench/gap/transitive_all.g) and T<d>.out.jsonl
(bench/gap/timed_batch.py; in DIR instead with --rows DIR); prints a markdown table per degree
(GAP rows, Tower rows read, agree, disagree, errors by failure; the batch's wall and CPU time and
peak memory from T<d>.out.time, GAP's CPU time as the sum of gap_ms), every disagreement with its
differing fields, and the slowest groups by Tower ("tower_wall_ms", the first row of each batch
left out) and by GAP ("gap_ms"). Exit status 0 when every row read agrees."""
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
FIELDS = [("order", "gap_order"), ("derived_series_orders", "gap_derived"),
          ("lower_central_series_orders", "gap_lower_central"), ("composition_factor_orders", "gap_factors")]


def read(path):
    return [json.loads(l) for l in path.read_text().splitlines() if l.strip()]


def differing(g, t):
    """The fields where Tower's row t differs from GAP's row g, as (field, tower, gap)."""
    out = []
    for ours, theirs in FIELDS:
        value = t.get(ours)
        if ours == "composition_factor_orders":
            value = sorted(value or [], key=int)
        if value != g[theirs]:
            out.append((ours, value, g[theirs]))
    return out


def compare(gap_rows, tower_rows):
    """Counts, disagreements [(id, fields)] and errors [(id, failure, error)] of one file pair."""
    by_id = {t.get("id"): t for t in tower_rows}
    counts = Counter(gap=len(gap_rows), read=len(tower_rows))
    bad, errors = [], []
    for g in gap_rows:
        t = by_id.get(g["id"])
        if t is None:
            continue
        if t.get("error"):
            counts["error"] += 1
            errors.append((g["id"], t.get("failure", "error"), t["error"]))
        elif diff := differing(g, t):
            counts["disagree"] += 1
            bad.append((g["id"], diff))
        else:
            counts["agree"] += 1
    return counts, bad, errors


def batch_figures(path):
    """Wall s, CPU s (user + system) and peak KB of a batch from its /usr/bin/time -v file."""
    if not path.exists():
        return "-", "-", "-"
    v = dict(l.strip().rsplit(": ", 1) for l in path.read_text().splitlines() if ": " in l)
    clock = [float(x) for x in v["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":")]
    wall = sum(x * 60 ** i for i, x in enumerate(reversed(clock)))
    cpu = float(v["User time (seconds)"]) + float(v["System time (seconds)"])
    return f"{wall:.1f}", f"{cpu:.1f}", f"{int(v['Maximum resident set size (kbytes)']):,}"


def degrees(spec):
    lo, _, hi = spec.partition("-")
    return range(int(lo), int(hi or lo) + 1)


def main(argv):
    if not argv:
        counts, bad, errors = compare(read(ROOT / ".build/transitive_sample.jsonl"),
                                      read(ROOT / ".build/transitive_sample.out.jsonl"))
        if counts["read"] != counts["gap"]:
            sys.exit(f"expected {counts['gap']} rows, got {counts['read']}")
        ids = [i for i, _ in bad] + [i for i, _, _ in errors]
        print(f"{counts['gap']} groups: {counts['agree']} agree, {len(ids)} disagree {ids[:20]}")
        return 1 if ids else 0
    if len(argv) not in (2, 4) or argv[0] != "--degrees" or (len(argv) == 4 and argv[2] != "--rows"):
        print("usage: compare_transitive_sample.py [--degrees A-B [--rows DIR]]", file=sys.stderr)
        return 2
    rows_dir = ROOT / (argv[3] if len(argv) == 4 else ".build/transitive")
    total, all_bad, all_errors, rows = Counter(), [], [], []
    print("| degree | GAP groups | Tower rows | agree | disagree | errors | Tower batch wall s | CPU s | peak KB | GAP CPU s |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    gap_total_ms, wall_total, cpu_total, peak_max = 0, 0.0, 0.0, 0
    for d in degrees(argv[1]):
        gap_path = ROOT / f".build/transitive/T{d}.jsonl"
        out_path = rows_dir / f"T{d}.out.jsonl"
        if not gap_path.exists() or not out_path.exists():
            continue
        gap_rows, tower_rows = read(gap_path), read(out_path)
        counts, bad, errors = compare(gap_rows, tower_rows)
        gap_ms = {g["id"]: g.get("gap_ms") for g in gap_rows}
        # The first row's time also holds the worker's start: left out of the ranking.
        rows += [(t["id"], t.get("tower_wall_ms"), gap_ms.get(t["id"])) for t in tower_rows[1:]]
        kinds = Counter(f for _, f, _ in errors)
        kinds_text = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) or "0"
        wall, cpu, peak = batch_figures(rows_dir / f"T{d}.out.time")
        if wall != "-":
            wall_total, cpu_total = wall_total + float(wall), cpu_total + float(cpu)
            peak_max = max(peak_max, int(peak.replace(",", "")))
        gap_ms_sum = sum(ms or 0 for ms in gap_ms.values())
        gap_total_ms += gap_ms_sum
        print(f"| {d} | {counts['gap']:,} | {counts['read']:,} | {counts['agree']:,} | {counts['disagree']} | {kinds_text} "
              f"| {wall} | {cpu} | {peak} | {gap_ms_sum / 1000:.1f} |")
        total.update(counts)
        all_bad += bad
        all_errors += errors
    print(f"| all | {total['gap']:,} | {total['read']:,} | {total['agree']:,} | {total['disagree']} | {total['error']} "
          f"| {wall_total:.1f} | {cpu_total:.1f} | {peak_max:,} (largest) | {gap_total_ms / 1000:.1f} |")
    for gid, diff in all_bad:
        print(f"DISAGREE {gid}: " + "; ".join(f"{f}: tower {t} gap {g}" for f, t, g in diff))
    for gid, failure, error in all_errors:
        print(f"ERROR {gid} ({failure}): {error[:200]}")
    for label, key in (("Tower tower_wall_ms", 1), ("GAP gap_ms", 2)):
        slow = sorted((r for r in rows if r[key] is not None), key=lambda r: -r[key])[:20]
        print(f"slowest by {label} (id: Tower ms / GAP ms): "
              + ", ".join(f"{i} ({tower} / {gap})" for i, tower, gap in slow))
    return 1 if all_bad or all_errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
