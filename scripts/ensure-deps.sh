#!/usr/bin/env bash
# Installs what Tower needs to build on a fresh Debian/Ubuntu machine: libgmp-dev (and pkg-config).
# Swift 6.1+ must already be on PATH (https://www.swift.org/install/).
set -euo pipefail
if ! command -v swift >/dev/null 2>&1; then
  echo "error: swift not found on PATH; install Swift 6.1 or newer from https://www.swift.org/install/" >&2
  exit 1
fi
need=()
[ -f /usr/include/gmp.h ] || [ -f /usr/include/x86_64-linux-gnu/gmp.h ] || [ -f /usr/include/aarch64-linux-gnu/gmp.h ] || need+=(libgmp-dev)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
if [ ${#need[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "installing ${need[*]} with apt-get" >&2
    $SUDO apt-get update -qq >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "error: missing ${need[*]}; install GMP's development files (e.g. 'brew install gmp pkg-config')" >&2
    exit 1
  fi
fi
