#!/usr/bin/env bash
# Runs Tower's whole test suite: installs libgmp-dev when missing, then `swift test`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
swift test "$@"
