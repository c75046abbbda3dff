#!/usr/bin/env python3
"""Type-checker benchmark: `gocxx check` against go/types on the standard library.

Both check the same packages from source, function bodies included, and
everything those import: the packages `go list std` names that have Go files
to build on linux/amd64 without cgo. The reference is gotypes/main.go, a
small loader over go/build, go/parser and go/types (go/importer's "source"
mode would skip function bodies). The two run in turn, N times each after a
warm-up, with the first one rotating; the table gives median wall time, the
ratio gocxx/go-types (below 1 means gocxx is faster) and peak RSS.

    bench/checker/run.py [--gocxx PATH] [--runs N]
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from run import build_measure, timed_run  # noqa: E402  (bench/run.py)


def std_packages():
    env = dict(os.environ, CGO_ENABLED="0")
    out = subprocess.run(["go", "list", "-e", "-f", "{{if .GoFiles}}{{.ImportPath}}{{end}}", "std"],
                         capture_output=True, text=True, env=env, check=True).stdout
    return [p for p in out.split() if p]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gocxx", default=str(HERE.parent.parent / "build" / "bin" / "gocxx"))
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    pkgs = std_packages()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        gotypes = tmp / "gotypes"
        subprocess.run(["go", "build", "-o", str(gotypes), str(HERE / "gotypes" / "main.go")],
                       check=True)
        measure = build_measure(tmp)
        tools = {"gocxx": [args.gocxx, "check"], "go/types": [str(gotypes)]}
        times = {name: [] for name in tools}
        rss = {name: 0 for name in tools}
        names = list(tools)
        for i in range(args.runs + 1):  # run 0 is the warm-up
            order = names[i % 2:] + names[:i % 2]
            for name in order:
                cmd = tools[name]
                secs, kib, code, _ = timed_run(cmd[0], cmd[1:] + pkgs, 600, measure)
                if code != 0:
                    sys.exit(f"{name} failed (exit {code}) on the standard library")
                if i > 0:
                    times[name].append(secs)
                    rss[name] = max(rss[name], kib or 0)
    g, t = statistics.median(times["gocxx"]), statistics.median(times["go/types"])
    print(f"type-checking {len(pkgs)} standard-library packages, {args.runs} runs, "
          f"{os.cpu_count()} CPUs")
    print(f"{'':10} {'median s':>9} {'peak RSS MB':>12}")
    for name in names:
        print(f"{name:10} {statistics.median(times[name]):9.2f} {rss[name] / 1024:12.0f}")
    print(f"gocxx/go-types time {g / t:.2f}, RSS {rss['gocxx'] / max(rss['go/types'], 1):.2f}")


if __name__ == "__main__":
    main()
