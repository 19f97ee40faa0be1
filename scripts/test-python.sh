#!/usr/bin/env bash
# The Python package's tests under pytest, installed (`pip install ./python`) in a virtual
# environment this script creates, with torch (CPU wheels) so that the PyTorch round trip runs too.
# Run by scripts/test.sh (the README's test command, and CI) after `swift test`, which runs the
# same tests with the system's python3 (where the 3 torch tests skip). Needs network access the
# first time (pytest, and torch CPU: about 200 MB; TOWER_PYTHON_TORCH=0 leaves torch out).
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
# torch, CPU build only (the default PyPI wheel pulls gigabytes of CUDA libraries): first from the
# PyTorch CPU index with PyPI for its dependencies; failing that (no route to that index), its
# dependencies from PyPI and torch itself from a local wheel directory (pip's find-links, e.g.
# /opt/wheels); failing that, the torch tests skip and the line below says what to install.
torch_deps="filelock typing-extensions sympy networkx jinja2 fsspec"
if [ "${TOWER_PYTHON_TORCH:-1}" != 0 ] && ! "$venv/bin/python" -c "import torch" 2>/dev/null; then
  echo "installing torch (CPU) into $venv" >&2
  { "$venv/bin/python" -c "import socket; socket.getaddrinfo('download.pytorch.org', 443)" 2>/dev/null \
      && "$venv/bin/pip" install -q --retries 1 --timeout 30 torch --index-url https://download.pytorch.org/whl/cpu \
           --extra-index-url https://pypi.org/simple 2>/dev/null; } \
    || { "$venv/bin/pip" install -q $torch_deps && "$venv/bin/pip" install -q --no-index --no-deps torch 2>/dev/null; } \
    || echo "warning: torch (CPU) not installed; the 3 PyTorch tests skip. Install it with:" \
            "$venv/bin/pip install torch --index-url https://download.pytorch.org/whl/cpu" >&2
fi
cd python/tests  # import the installed package, not the source tree
exec "$venv/bin/python" -m pytest -q -p no:cacheprovider .
