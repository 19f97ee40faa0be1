#!/usr/bin/env bash
# Certificate size and check time next to compute time, for the groups and algebras of issue 5.
# Usage: swift build -c release --product tower && examples/certificates/bench.sh [.build/release/tower]
# Prints a markdown table, seconds of wall time:
#   compute      `tower group|lie NAME --json` (the whole invariant report), bounded by LIMIT;
#   series       for groups in `tower bench groups`: its in-process time for the order and the
#                derived series (what a certificate of derived length has to establish);
#   certify      `tower group|lie NAME --json --certificate FILE` (certificate, then the report),
#                bounded by LIMIT; the group command writes the certificate first;
#   builder      the certificate alone, as `tower group --certificate` reports it on stderr;
#   verify       the whole `tower verify FILE` process; check: the checker's own check_seconds
#                (decoding the JSON included).
# LIMIT (default 120) bounds compute and certify.
set -euo pipefail
TOWER=${1:-.build/release/tower}
LIMIT=${LIMIT:-120}
OUT=$(mktemp -d)
TIMEFORMAT=%R
# Wall seconds of a command, or "> LIMIT" when it ran out of time.
wall() {
    local t status=0
    t=$({ time timeout "$LIMIT" "$@" > /dev/null 2> "$OUT/stderr"; } 2>&1) || status=$?
    if [ "$status" = 124 ]; then echo "> $LIMIT"; else echo "$t"; fi
}

echo "| object | compute s | series s (in-process) | certify s | builder s | certificate bytes | verify s (process) | check s (checker) | verdict |"
echo "|---|---|---|---|---|---|---|---|---|"
row() {
    local kind=$1 name=$2 file=$OUT/cert.json
    rm -f "$file"
    local compute series certify builder verify check verdict
    compute=$(wall "$TOWER" "$kind" "$name" --json)
    series=$("$TOWER" bench groups --only "$name" --json 2>/dev/null \
        | sed -nE 's/.*"tower":\{[^}]*"seconds":([0-9.e-]+).*/\1/p' | head -1) || true
    certify=$(wall "$TOWER" "$kind" "$name" --json --certificate "$file")
    builder=$(sed -nE 's/^certificate written to .* in ([0-9.]+) s:.*/\1/p' "$OUT/stderr")
    if [ ! -s "$file" ]; then
        echo "| $name | $compute | ${series:--} | $certify | no certificate | - | - | - | - |"
        return
    fi
    verify=$(wall "$TOWER" verify "$file")
    check=$("$TOWER" verify --json "$file" | sed -E 's/.*"check_seconds":([0-9.e-]+).*/\1/')
    verdict=$("$TOWER" verify "$file" | cut -c1-60)
    echo "| $name | $compute | ${series:--} | $certify | ${builder:--} | $(wc -c < "$file") | $verify | $check | $verdict |"
}
row group S4
row group Rubik
row group M24
row group "S4 wr S4"
row group "Sylow2(S256)"
row lie "so(3)"
row lie "b(8)"
rm -rf "$OUT"
