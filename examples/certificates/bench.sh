#!/usr/bin/env bash
# Certificate size and check time next to compute time, for the groups and algebras of issue 5.
# Usage: swift build -c release --product tower && examples/certificates/bench.sh [.build/release/tower]
# Prints a markdown table: compute = `tower group|lie NAME --json` (the full invariant report),
# certify = the same command with --certificate (compute + certificate), check = `tower verify`
# (whole process, and the checker's own check_seconds). Seconds of wall time. LIMIT (default 120)
# bounds the certify step.
set -euo pipefail
TOWER=${1:-.build/release/tower}
OUT=$(mktemp -d)
TIMEFORMAT=%R
wall() { { time "$@" > /dev/null 2>&1; } 2>&1; }

echo "| object | compute s | certify s | certificate bytes | verify s (process) | check s (checker) | verdict |"
echo "|---|---|---|---|---|---|---|"
row() {
    local kind=$1 name=$2 file=$OUT/cert.json
    rm -f "$file"
    local compute certify verify check verdict
    compute=$(wall "$TOWER" "$kind" "$name" --json)
    certify=$(wall timeout "${LIMIT:-120}" "$TOWER" "$kind" "$name" --json --certificate "$file")
    if [ ! -s "$file" ]; then echo "| $name | $compute | > ${LIMIT:-120} (no certificate) | - | - | - | - |"; return; fi
    verify=$(wall "$TOWER" verify "$file")
    check=$("$TOWER" verify --json "$file" | sed -E 's/.*"check_seconds":([0-9.e-]+).*/\1/')
    verdict=$("$TOWER" verify "$file" | cut -c1-60)
    echo "| $name | $compute | $certify | $(wc -c < "$file") | $verify | $check | $verdict |"
}
row group S4
row group Rubik
row group M24
row group "S4 wr S4"
row group "Sylow2(S256)"
row lie "so(3)"
row lie "b(8)"
rm -rf "$OUT"
