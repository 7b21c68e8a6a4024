#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# README command 1: install what is missing, build, and run the main job.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tests/deps.sh
build=build/gcc
[ -f $build/build.ninja ] || cmake -S . -B $build -G Ninja -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build $build --target example_quickstart
echo
$build/examples/example_quickstart
