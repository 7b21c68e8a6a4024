#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# README command 2: install what is missing, then build and run the whole test suite twice:
# with g++ optimised (-O3, plus header, compile-fail, consumer, format and benchmark-smoke
# checks, and the Python package with its pytest tests), and with clang++ under AddressSanitizer + UndefinedBehaviorSanitizer (Debug, with the
# fuzzers; heavy headers precompiled, which clang turns into a 2.5x faster build). Warnings are
# errors in both. Build directories are reused.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tests/deps.sh
jobs=$(nproc)

run() { # name, then cmake options
  local name=$1; shift
  local dir=build/$name
  echo "== $name"
  # cheap when configured; applies the options
  cmake -S . -B "$dir" -G Ninja -DASCN_WARNINGS_AS_ERRORS=ON "$@" >/dev/null
  cmake --build "$dir" -j "$jobs"
  (cd "$dir" && ctest --output-on-failure -j "$jobs")
}

run clang-asan -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++ -DASCN_SANITIZE=ON \
  -DASCN_PRECOMPILED_HEADERS=ON -DASCN_BUILD_FUZZERS=ON -DASCN_HEADER_CHECK=OFF \
  -DASCN_COMPILE_FAIL_TESTS=OFF -DASCN_CONSUMER_TESTS=OFF
# The Python package too, for Debian's python3 (a pyenv or venv python3 may come first on PATH).
run gcc -DCMAKE_BUILD_TYPE=Release -DASCN_BUILD_BENCHMARKS=ON -DASCN_BUILD_PYTHON=ON \
  -DPython3_EXECUTABLE=/usr/bin/python3
