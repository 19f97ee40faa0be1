#!/usr/bin/env bash
# The main job on a built-in example: certify the depth of S4, verify the certificate independently.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
swift build -c release --product tower
tower=.build/release/tower
$tower calc "factorial(100)/factorial(98)"
