#!/usr/bin/env python3
"""Markdown table of recipe-sweep results (JSONL written by bench/recipe/run.sh).

usage: bench/recipe/table.py RESULTS.jsonl [...]
One row per run: label, wall seconds, steps, per-token accuracy at each evaluated length,
the break length (first length below 0.9) and whether it is learned (>= 0.9 at 4x the training length).
"""
import json
import sys

rows = []
for path in sys.argv[1:]:
    with open(path) as f:
        for line in f:
            rows.append(json.loads(line))
lengths = sorted({e["length"] for r in rows if "result" in r for e in r["result"]["evaluations"]})
print("| run | arguments | wall s | steps | " + " | ".join(f"@{n}" for n in lengths) + " | break | learned |")
print("|---|---|---:|---:|" + "---:|" * len(lengths) + "---:|---|")
for r in rows:
    if "error" in r:
        print(f"| {r['label']} | `{r['args']}` | | | " + " | " * len(lengths) + f" | error: {r['error']} |")
        continue
    res = r["result"]
    acc = {e["length"]: e["per_token_accuracy"] for e in res["evaluations"]}
    cells = " | ".join(f"{acc[n]:.3f}" if n in acc else "" for n in lengths)
    learned = res.get("learned")
    print(f"| {r['label']} | `{r['args']}` | {r['wall']:.0f} | {res['steps']} | {cells} | "
          f"{res.get('break_length') or 'none'} | {'yes' if learned else 'no' if learned is False else ''} |")
print(f"\n{len(rows)} runs.")
