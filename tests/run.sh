#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# README command 2: install what is missing, then build and run the whole test suite with g++
# optimised (-O3, plus header, compile-fail, consumer, format and benchmark-smoke checks), with
# clang++, and with g++ under AddressSanitizer + UndefinedBehaviorSanitizer. Warnings are errors
# in all three. Build directories are reused.
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

run clang -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++ \
  -DASCN_HEADER_CHECK=OFF -DASCN_COMPILE_FAIL_TESTS=OFF -DASCN_BUILD_FUZZERS=ON
run asan -DCMAKE_BUILD_TYPE=Debug -DASCN_SANITIZE=ON -DASCN_HEADER_CHECK=OFF \
  -DASCN_COMPILE_FAIL_TESTS=OFF -DASCN_CONSUMER_TESTS=OFF
run gcc -DCMAKE_BUILD_TYPE=Release -DASCN_BUILD_BENCHMARKS=ON
