#!/usr/bin/env bash
# Runs Tower's whole test suite: installs libgmp-dev when missing, then `swift test`, then the
# Python package's tests under pytest in a virtual environment with torch CPU (scripts/test-python.sh).
#
# A whole run takes about 5 minutes on 2 cores. Should `swift test` still run after
# TOWER_TEST_LIMIT seconds (default 2700), the processes are listed on stderr (which test hung
# shows there) and the run is stopped (exit status 143), well inside CI's 90 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
limit="${TOWER_TEST_LIMIT:-2700}"
swift test "$@" &
tests=$!
(
    sleep "$limit"
    if kill -0 "$tests" 2>/dev/null; then
        echo "scripts/test.sh: swift test still running after $limit s; the processes:" >&2
        ps -eo pid,ppid,etimes,time,stat,args --forest | cut -c1-240 >&2
        pkill -TERM -P "$tests" 2>/dev/null || true
        kill -TERM "$tests" 2>/dev/null || true
        sleep 30
        kill -KILL "$tests" 2>/dev/null || true
    fi
) &
watchdog=$!
status=0
wait "$tests" || status=$?
kill "$watchdog" 2>/dev/null || true
wait "$watchdog" 2>/dev/null || true
if [ "$status" -ne 0 ]; then
    echo "scripts/test.sh: swift test exited with status $status" >&2
    exit "$status"
fi
bash scripts/test-python.sh
