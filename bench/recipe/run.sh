#!/usr/bin/env bash
# The recipe sweep runner: one `tower train ... --json` per line of a plan, results appended to a
# JSONL file as each run finishes (re-running skips labels already there, so a killed sweep resumes).
#   usage: bench/recipe/run.sh RESULTS.jsonl PLAN.txt [TOWER_BINARY]
# A plan line is `label|arguments of tower train`. Set TOWER_THREADS=1 to run two sweeps side by side
# on a 2-core machine.
set -uo pipefail
out=$1; plan=$2; bin=${3:-.build/release/tower}
err=$(mktemp)
trap 'rm -f "$err"' EXIT
while IFS='|' read -r label args; do
  [[ -z "$label" || "$label" == \#* ]] && continue
  grep -q "\"label\":\"$label\"" "$out" 2>/dev/null && continue
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  line=$("$bin" train $args --json 2>"$err" | tail -1)
  end=$(date +%s.%N)
  if [[ "$line" == \{* ]]; then
    printf '{"label":"%s","args":"%s","wall":%s,"result":%s}\n' "$label" "$args" "$(echo "$end - $start" | bc)" "$line" >> "$out"
  else
    printf '{"label":"%s","args":"%s","error":"%s"}\n' "$label" "$args" "$(tail -1 "$err" | tr -d '"\\')" >> "$out"
  fi
done < "$plan"
