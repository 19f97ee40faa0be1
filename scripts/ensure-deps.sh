#!/usr/bin/env bash
# Installs what Tower needs to build and test on a fresh Debian/Ubuntu machine: libgmp-dev (and
# pkg-config) to build; python3 with venv for the Python package's tests; GAP (Debian package `gap`, with the transitive / small / primitive group
# libraries the fixture scripts use, without the other recommended packages) for the tests that run
# `tower group --gap-script` output in GAP. Swift 6.1+ must already be on PATH (https://www.swift.org/install/).
set -euo pipefail
if ! command -v swift >/dev/null 2>&1; then
  echo "error: swift not found on PATH; install Swift 6.1 or newer from https://www.swift.org/install/" >&2
  exit 1
fi
need=()
[ -f /usr/include/gmp.h ] || [ -f /usr/include/x86_64-linux-gnu/gmp.h ] || [ -f /usr/include/aarch64-linux-gnu/gmp.h ] || need+=(libgmp-dev)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
# python3 with venv and pip: the Python package's tests run in a virtual environment (scripts/test-python.sh).
if ! command -v python3 >/dev/null 2>&1; then need+=(python3 python3-venv)
elif ! python3 -c "import venv, ensurepip" >/dev/null 2>&1; then need+=(python3-venv); fi
gap=()
command -v gap >/dev/null 2>&1 || gap=(gap gap-transgrp gap-smallgrp gap-primgrp)
if [ ${#need[@]} -gt 0 ] || [ ${#gap[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "installing $(echo ${need[*]} ${gap[*]}) with apt-get" >&2
    $SUDO apt-get update -qq >/dev/null 2>&1 || true
    if [ ${#need[@]} -gt 0 ]; then
      DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
    fi
    if [ ${#gap[@]} -gt 0 ]; then
      DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${gap[@]}" >/dev/null
    fi
  elif [ ${#need[@]} -gt 0 ]; then
    echo "error: missing ${need[*]}; install GMP's development files and python3 (e.g. 'brew install gmp pkg-config python')" >&2
    exit 1
  else
    # GAP only runs tests: without it they skip, unless CI is set (then they fail: CI must have GAP).
    echo "warning: gap not found and apt-get is unavailable: install GAP 4.12 or newer" \
      "(https://www.gap-system.org, e.g. 'brew install gap') to run the GAP script tests" >&2
  fi
fi
