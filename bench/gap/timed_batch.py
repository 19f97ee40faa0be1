#!/usr/bin/env python3
"""Run `tower group --batch IN` under /usr/bin/time -v and write its rows to OUT, each with
"tower_wall_ms": the wall-clock time since the previous row arrived (rows are flushed one by one,
so this is the line's time plus a pipe round trip; the first row also holds the worker's start).
Usage: timed_batch.py TOWER IN OUT [tower options ...]; the batch's peak memory and totals go to
OUT with .time in place of .jsonl, its stderr (progress, summary) to OUT with .log. OUT is written
atomically. Exit status: the batch's."""
import json
import os
import subprocess
import sys
import time

if len(sys.argv) < 4:
    print("usage: timed_batch.py TOWER IN OUT [tower options ...]", file=sys.stderr)
    sys.exit(2)
tower, src, dst, extra = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
stem = dst[:-len(".jsonl")] if dst.endswith(".jsonl") else dst
tmp = dst + ".tmp"
with open(stem + ".log", "w") as log, open(tmp, "w") as out:
    proc = subprocess.Popen(["/usr/bin/time", "-v", "-o", stem + ".time", tower, "group", "--batch", src]
                            + extra, stdout=subprocess.PIPE, stderr=log, text=True)
    last = time.monotonic()
    for line in proc.stdout:
        now = time.monotonic()
        row = json.loads(line)
        row["tower_wall_ms"] = round((now - last) * 1000, 1)
        last = now
        out.write(json.dumps(row, sort_keys=True) + "\n")
        out.flush()
    rc = proc.wait()
os.replace(tmp, dst)
sys.exit(rc)
