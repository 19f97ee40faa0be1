#!/usr/bin/env bash
# Runs Tower's whole test suite: installs libgmp-dev when missing, then `swift test`, then the
# Python package's tests under pytest in a virtual environment with torch CPU (scripts/test-python.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
swift test "$@"
bash scripts/test-python.sh
