#!/usr/bin/env bash
# Builds bench/interop (a Go package as a c-archive, a C++ main) and times
# each kind of call against its yardstick with farm-bench, whole processes
# of 10 M calls each, paired: the ratio is what a call across costs more.
#   bench/interop/run.sh [GOCXX]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
gocxx=${1:-$top/build/bin/gocxx}
out=$(mktemp -d)
"$gocxx" build -buildmode=c-archive -o "$out/libadd.a" "$here/add"
clang++-19 -std=c++20 -O2 -I "$out" -I "$here/add" -I "$top/runtime/include" "$here/main.cpp" \
  "$out/libadd.a" -lboost_context -lgc -lpthread -o "$out/bench"
for m in cxx2go cxx2cxx go2cxx go2go; do "$out/bench" $m 10000000; done
farm-bench -n 5 --vs "$out/bench cxx2cxx 10000000" -- "$out/bench" cxx2go 10000000
farm-bench -n 5 --vs "$out/bench go2go 10000000" -- "$out/bench" go2cxx 10000000
rm -rf "$out"
