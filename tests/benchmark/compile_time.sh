#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Compile time and peak memory of representative translation units at -O2, one at a time.
# Usage: tests/benchmark/compile_time.sh [compiler...]   (default: g++ clang++)
# Prints a Markdown table: the median wall time of 3 compiles and the peak resident memory.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
include="$here/../../include"
compilers=("$@")
[ ${#compilers[@]} -gt 0 ] || compilers=(g++ clang++)
echo "| translation unit | compiler | wall (s, median of 3) | peak memory (MiB) |"
echo "|---|---|---|---|"
for cxx in "${compilers[@]}"; do
  for src in bgl_dijkstra network_shortest_paths network_views umbrella range_v3_all; do
    times=()
    mem=0
    for i in 1 2 3; do
      out=$( { /usr/bin/time -f "%e %M" "$cxx" -std=c++20 -O2 -I"$include" -c "$here/compile/$src.cpp" -o /dev/null; } 2>&1 | tail -1)
      times+=("${out%% *}")
      m=${out##* }
      [ "$m" -gt "$mem" ] && mem=$m
    done
    median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
    echo "| $src.cpp | $cxx | $median | $((mem / 1024)) |"
  done
done
