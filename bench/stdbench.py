#!/usr/bin/env python3
"""Go's own benchmarks of a few standard packages, under `gocxx test -bench`
and `go test -bench`, side by side in one run: the median ns/op of each over
--count runs, and the ratio gocxx/go (below 1: gocxx is faster). A report,
not a test: it never fails on speed.

  bench/stdbench.py [--count 5] [--benchtime 200ms] [PKG=REGEX ...]
"""
import argparse
import os
import re
import statistics
import subprocess
import sys

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOCXX = os.path.join(os.environ.get("GOCXX_BUILD_DIR", os.path.join(TOP, "build")), "bin", "gocxx")

DEFAULT = [
    "strings=^Benchmark(Index|IndexByte|Fields|Repeat|ToUpper|Replace|Split|EqualFold|Builder)",
    "strconv=^Benchmark(Atoi|ParseInt|FormatInt|AppendFloat|ParseFloat|Quote)",
    "sort=^Benchmark(SortInt1K|SortString1K|Stable1K|SearchWrappers)$",
    "encoding/json=^Benchmark(CodeEncoder|CodeMarshal|CodeDecoder|CodeUnmarshal|Issue10335|UnmarshalString)",
]
LINE = re.compile(r"^(Benchmark\S+?)(?:-\d+)?\s+\d+\s+([\d.]+) ns/op")


def run(cmd):
    p = subprocess.run(cmd, text=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    times = {}
    for line in p.stdout.splitlines():
        m = LINE.match(line)
        if m:
            times.setdefault(m.group(1), []).append(float(m.group(2)))
    return times, p.stdout


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("specs", nargs="*", default=DEFAULT)
    ap.add_argument("--count", type=int, default=5)
    ap.add_argument("--benchtime", default="200ms")
    args = ap.parse_args()
    print("%-44s %12s %12s %7s" % ("benchmark", "go ns/op", "gocxx ns/op", "ratio"))
    ratios = []
    for spec in args.specs:
        pkg, regex = spec.split("=", 1)
        flags = ["-run", "^$", "-bench", regex, "-benchtime", args.benchtime, "-count", str(args.count)]
        go, _ = run(["go", "test"] + flags + [pkg])
        cx, out = run([GOCXX, "test"] + flags + [pkg])
        if not cx:
            print("%s: gocxx ran no benchmark\n%s" % (pkg, out[-2000:]))
        for name in sorted(go):
            g = statistics.median(go[name])
            c = statistics.median(cx[name]) if name in cx else None
            r = c / g if c else None
            if r:
                ratios.append(r)
            print("%-44s %12.1f %12s %7s" % (pkg + "." + name[len("Benchmark"):], g,
                                            "%.1f" % c if c else "-", "%.2f" % r if r else "-"))
    if ratios:
        print("geomean ratio gocxx/go over %d benchmarks: %.2f" % (
            len(ratios), statistics.geometric_mean(ratios)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
