#!/usr/bin/env python3
"""Time, one process each, the slowest transitive groups of a compare_transitive_sample.py
--degrees run: the N slowest by GAP ("gap_ms"), the N slowest by Tower's batch row time
("tower_wall_ms", first row of each batch left out) and every row that failed. Each runs as
`/usr/bin/time -f "%e %U %M" TOWER group --generators ... --degree D --json` under `timeout 10`;
prints a markdown table (id, order, Tower wall s / user s / peak KB, GAP s, agreement with GAP);
with R runs per group, the one of least wall time. Usage: time_transitive.py TOWER A-B [N [R]]"""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from compare_transitive_sample import ROOT, degrees, differing, read  # noqa: E402

if len(sys.argv) < 3:
    print("usage: time_transitive.py TOWER A-B [N [R]]", file=sys.stderr)
    sys.exit(2)
tower, spec = sys.argv[1], sys.argv[2]
n = int(sys.argv[3]) if len(sys.argv) > 3 else 20
repeats = int(sys.argv[4]) if len(sys.argv) > 4 else 1
gap, rows, failed = {}, [], []
for d in degrees(spec):
    gap_path, out_path = ROOT / f".build/transitive/T{d}.jsonl", ROOT / f".build/transitive/T{d}.out.jsonl"
    if gap_path.exists() and out_path.exists():
        gap.update((g["id"], g) for g in read(gap_path))
        out = read(out_path)
        rows += out[1:]
        failed += [t["id"] for t in out if t.get("error")]
by_gap = sorted(gap.values(), key=lambda g: -g["gap_ms"])[:n]
by_tower = sorted(rows, key=lambda t: -t["tower_wall_ms"])[:n]
ids = list(dict.fromkeys([g["id"] for g in by_gap] + [t["id"] for t in by_tower] + failed))
print("| group | order | Tower wall s | Tower user s | Tower peak KB | GAP s | agrees |")
print("|---|---|---|---|---|---|---|")
for gid in ids:
    g = gap[gid]
    best = None
    for _ in range(repeats):
        with tempfile.TemporaryDirectory() as tmp:
            timing = Path(tmp) / "time"
            run = subprocess.run(["timeout", "10", "/usr/bin/time", "-o", str(timing), "-f", "%e %U %M", tower,
                                  "group", "--generators", ",".join(g["generators"]), "--degree", str(g["degree"]),
                                  "--json"], capture_output=True, text=True)
            figures = ((timing.read_text().split() if timing.exists() else []) + ["-"] * 3)[:3]
        if best is None or (figures[0] != "-" and (best[1][0] == "-" or float(figures[0]) < float(best[1][0]))):
            best = (run, figures)
    run, (wall, user, peak) = best
    if run.returncode != 0:
        verdict = f"exit {run.returncode}: {run.stderr.strip()[:80]}"
    else:
        diff = differing(g, json.loads(run.stdout))
        verdict = "yes" if not diff else "NO: " + ", ".join(f for f, _, _ in diff)
    peak = f"{int(peak):,}" if peak.isdigit() else peak
    print(f"| {gid} | {int(g['gap_order']):,} | {wall} | {user} | {peak} | {g['gap_ms'] / 1000:.3f} | {verdict} |",
          flush=True)
