#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# README command 1: install what is missing, build the ascn tool, and write a report (with a
# map) on the embedded ASEAN Smart Cities Network.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tests/deps.sh
build=build/release # a user's plain optimised build (tests/run.sh keeps its own trees)
[ -f $build/build.ninja ] || cmake -S . -B $build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build $build --target ascn_tool
echo
$build/tool/ascn summary
echo
$build/tool/ascn report --output ascn-report
echo "Open ascn-report/report.html in a browser (or read ascn-report/report.md)."
echo "The tool is $build/tool/ascn; try: $build/tool/ascn mentors --city makassar --focus environment"
