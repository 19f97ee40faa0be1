#!/usr/bin/env bash
# The Python package's tests under pytest, installed (`pip install ./python`) in a virtual
# environment this script creates, with torch (CPU wheels) so that the PyTorch round trip runs too.
# Not part of CI: `swift test` (scripts/test.sh) already runs the same tests with the system's
# python3, where the 3 torch tests skip. Needs network access the first time (torch CPU is about
# 200 MB; TOWER_PYTHON_TORCH=0 leaves torch out).
#
#   bash scripts/test-python.sh                      # venv in .build/python-venv
#   PYTHON=/path/to/python bash scripts/test-python.sh   # no venv: that interpreter (with its torch), source tree
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .build/debug/tower ] || swift build --product tower
export TOWER_BIN="$PWD/.build/debug/tower"
if [ -n "${PYTHON:-}" ]; then
  if "$PYTHON" -c "import pytest" 2>/dev/null; then
    PYTHONPATH=python/src exec "$PYTHON" -m pytest -q -p no:cacheprovider python/tests
  fi
  PYTHONPATH=python/src exec "$PYTHON" -m unittest discover -s python/tests -t python/tests
fi
venv=${TOWER_PYTHON_VENV:-.build/python-venv}
case $venv in /*) ;; *) venv="$PWD/$venv" ;; esac
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q --upgrade ./python pytest
rm -rf python/build python/src/*.egg-info
if [ "${TOWER_PYTHON_TORCH:-1}" != 0 ] && ! "$venv/bin/python" -c "import torch" 2>/dev/null; then
  echo "installing torch (CPU) into $venv" >&2
  "$venv/bin/pip" install -q torch --index-url https://download.pytorch.org/whl/cpu || "$venv/bin/pip" install -q torch
fi
cd python/tests  # import the installed package, not the source tree
exec "$venv/bin/python" -m pytest -q -p no:cacheprovider .
