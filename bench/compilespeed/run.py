#!/usr/bin/env python3
"""Compile speed against go build: writes a Go program of about 5,000 lines
(gen), then times with farm-bench, A/B pairs, medians:

  warm   gocxx build vs go build of that program, every cache warm but the
         program's own objects (its source changes each run, so neither
         tool may reuse them)
  cold   the same with empty caches (gocxx: every standard package it
         imports compiled again; go: a fresh GOCACHE)
  hello  gocxx run hello.go vs go run hello.go, warm

  bench/compilespeed/run.py [--gocxx PATH] [--runs N] [--skip-cold]
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def gen(lines=5000):
    """A program of ordinary code: structs with methods, interfaces, maps,
    slices, closures, generics, fmt/strings/sort/strconv calls."""
    out = ["package main", "", "import (", '\t"fmt"', '\t"os"', '\t"sort"', '\t"strconv"',
           '\t"strings"', ")", "",
           "type Shape interface {", "\tArea() float64", "\tName() string", "}", "",
           "func Max[T int | float64 | string](a, b T) T {", "\tif a > b {", "\t\treturn a", "\t}",
           "\treturn b", "}", ""]
    i = 0
    while len(out) < lines - 30:
        out += [
            f"type T{i} struct {{", "\tname string", "\tw, h float64", "\ttags map[string]int", "}", "",
            f"func (t *T{i}) Area() float64 {{ return t.w * t.h * {i + 1} }}",
            f"func (t *T{i}) Name() string {{ return t.name + strconv.Itoa({i}) }}", "",
            f"func f{i}(xs []int, s string) (int, string) {{",
            "\tsum := 0",
            "\tfor j, x := range xs {",
            f"\t\tif x%{i % 7 + 2} == 0 {{",
            "\t\t\tsum += x * j",
            "\t\t} else {",
            f"\t\t\tsum -= Max(x, {i})",
            "\t\t}",
            "\t}",
            "\tparts := strings.Fields(s)",
            "\tsort.Strings(parts)",
            "\tkeep := func(p string) bool { return len(p) > sum%3 }",
            "\tvar b strings.Builder",
            "\tfor _, p := range parts {",
            "\t\tif keep(p) {",
            "\t\t\tb.WriteString(strings.ToUpper(p))",
            "\t\t}",
            "\t}",
            f"\tm := map[string]int{{\"k{i}\": sum}}",
            f"\treturn sum + m[\"k{i}\"], fmt.Sprintf(\"%s-%d\", b.String(), len(m))",
            "}", ""]
        i += 1
    n = i
    out += ["func main() {", "\tvar shapes []Shape", "\ttotal := 0"]
    for k in range(n):
        out += [f"\tshapes = append(shapes, &T{k}{{name: \"t\", w: 1, h: 2}})",
                f"\tif v, s := f{k}([]int{{1, 2, 3, {k}}}, \"b a c\"); len(s) > 0 {{ total += v }}"]
    out += ["\tarea := 0.0", "\tfor _, s := range shapes {", "\t\tarea += s.Area()", "\t}",
            "\tfmt.Fprintln(os.Stdout, total, area, len(shapes), stamp)", "}", "",
            "const stamp = 0", ""]
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gocxx", default=os.path.join(TOP, "build", "bin", "gocxx"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--skip-cold", action="store_true")
    a = ap.parse_args()
    work = tempfile.mkdtemp(prefix="gocxx-compilespeed-")
    try:
        prog = os.path.join(work, "big.go")
        with open(prog, "w") as f:
            f.write(gen())
        print(f"{prog}: {sum(1 for _ in open(prog))} lines", flush=True)
        go_env = f"GOCACHE={work}/gocache GO111MODULE=off"
        # Each run gives the program a new constant: its C++ changes, so
        # neither tool may reuse the program's own objects.
        touch = f"sed -i s/^const.stamp.=.*/const\\ stamp\\ =\\ $$/ {prog}"
        runs = [str(a.runs)]
        fb = ["farm-bench", "--timeout", "3000", "-n"]
        subprocess.run([a.gocxx, "build", "-o", f"{work}/big-gocxx", prog], check=True)
        subprocess.run(["sh", "-c", f"{go_env} go build -o {work}/big-go {prog}"], check=True)
        print("== warm: gocxx build (A) vs go build (B)", flush=True)
        subprocess.run(fb + runs + ["--vs", f"sh -c '{touch}; {go_env} go build -o {work}/big-go {prog}'",
                                    "--", "sh", "-c", f"{touch}; {a.gocxx} build -o {work}/big-gocxx {prog}"])
        if not a.skip_cold:
            print("== cold: empty caches", flush=True)
            subprocess.run(fb + ["3", "--warmup", "0", "--vs",
                                 f"sh -c 'rm -rf {work}/cold-go; GOCACHE={work}/cold-go GO111MODULE=off "
                                 f"go build -o {work}/big-go {prog}'",
                                 "--", "sh", "-c", f"rm -rf {work}/cold-home; HOME={work}/cold-home "
                                 f"{a.gocxx} build -o {work}/big-gocxx {prog}"])
        hello = os.path.join(TOP, "examples", "hello.go")
        print("== hello: gocxx run (A) vs go run (B), warm", flush=True)
        subprocess.run(fb + runs + ["--vs", f"sh -c '{go_env} go run {hello}'", "--", a.gocxx, "run", hello])
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
