#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what ascn needs from Debian 12's packages, when it is missing. As root it runs
# apt-get; otherwise it prints the exact command and stops. Quick when nothing is missing.
set -euo pipefail
packages=(
  cmake g++ ninja-build           # build
  libboost-dev librange-v3-dev    # the library's two dependencies (Boost.Graph is header-only)
  nlohmann-json3-dev libcli11-dev # JSON files, and the ascn tool's argument parser
  libpugixml-dev                  # the GraphML reader (optional for the library)
  catch2 clang clang-format       # tests: Catch2, the second compiler, the format check
  libclang-rt-14-dev              # clang's sanitizer and libFuzzer runtimes (only recommended by clang)
  libbenchmark-dev                # benchmarks
  graphviz                        # the map in `ascn report` (neato)
  doxygen                         # the API reference (docs/Doxyfile), checked for warnings
  python3-jsonschema              # the tool's JSON answers checked against docs/schemas/
  python3-networkx python3-igraph # files checked in the readers researchers use (skipped without)
  chromium chromium-driver python3-selenium # the report page checked in a browser (skipped without)
  pybind11-dev python3-dev python3-numpy python3-pytest # the Python package `import ascn`, tested
  python3-scipy python3-sklearn   # its answers checked against SciPy and scikit-learn
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
cmd="apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "ascn needs these Debian packages. Run as root:" >&2
  echo "  apt-get update && $cmd" >&2
  exit 1
fi
echo "installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
$cmd >/dev/null
