#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# README command 1: install what is missing, build the ascn tool, and write a report (with a
# map) on the embedded ASEAN Smart Cities Network.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tests/deps.sh
build=build/gcc
[ -f $build/build.ninja ] || cmake -S . -B $build -G Ninja -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build $build --target ascn_tool
echo
$build/examples/ascn summary
echo
$build/examples/ascn report --output ascn-report
echo "Open ascn-report/report.html in a browser (or read ascn-report/report.md)."
echo "The tool is $build/examples/ascn; try: $build/examples/ascn mentors --city makassar --focus environment"
