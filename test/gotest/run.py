#!/usr/bin/env python3
"""`gocxx test` against `go test` on the module in test/gotest/calc: each
case runs both with the same arguments in the same directory and compares
their output and exit status, with durations and benchmark figures
blanked out (the machines differ in speed, not in what they print).

  test/gotest/run.py [--gocxx PATH]

The last line is `N passed, M failed`.
"""
import argparse
import difflib
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
GOCXX = os.path.join(os.environ.get("GOCXX_BUILD_DIR", os.path.join(TOP, "build")), "bin", "gocxx")
MODULE = os.path.join(HERE, "calc")

# (directory inside the module, arguments after `test`)
CASES = [
    (".", ["./..."]),                                   # package list mode, one package failing
    (".", ["./mathx", "./kit"]),                        # all passing: only the ok lines
    ("mathx", []),                                      # local directory mode, passing
    ("strs", []),                                       # local directory mode, failing (TestMain)
    (".", ["-v", "-run", "Add|Abs|Fib$", "./mathx"]),   # -v and -run, subtests, an external test
    (".", ["-v", "-run", "Save|Greeting|Short|Helper|Example", "./kit"]),
    (".", ["-short", "-v", "-run", "Short", "./kit"]),  # t.Skip under -short
    (".", ["-run", "Shout", "-count", "2", "./strs"]),  # -count
    (".", ["-failfast", "./strs"]),
    (".", ["-run", "XXX", "-bench", ".", "-benchtime", "10x", "./mathx", "./kit"]),
    (".", ["-v", "-run", "Nothing", "./mathx"]),        # no tests to run
    (".", ["./nosuch"]),                                # a directory that does not exist
]


def normalize(text):
    text = re.sub(r"\b\d+\.\d+s\b", "T", text)
    out = []
    for line in text.splitlines():
        if line.startswith("Benchmark"):
            line = line.split()[0]  # name and -GOMAXPROCS; the figures vary
        if line.startswith("cpu: "):
            continue
        if line.startswith("gocxx: ") or line.startswith("go: "):
            line = "TOOL: " + line.split(": ", 1)[1]
        out.append(line)
    return "\n".join(out)


def run(cmd, cwd):
    env = dict(os.environ, GOFLAGS="-count=1")
    p = subprocess.run(cmd, cwd=cwd, text=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       env=env, timeout=600)
    return p.returncode, normalize(p.stdout)


def main():
    global GOCXX
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gocxx", default=GOCXX)
    GOCXX = os.path.abspath(ap.parse_args().gocxx)
    passed = failed = 0
    for sub, args in CASES:
        cwd = os.path.join(MODULE, sub)
        want_code, want = run(["go", "test"] + args, cwd)
        got_code, got = run([GOCXX, "test"] + args, cwd)
        name = "%s: test %s" % (sub, " ".join(args))
        # A missing directory: both fail with a message of their own.
        same = (want_code == got_code and want == got) if args != ["./nosuch"] else (
            want_code != 0 and got_code != 0)
        if same:
            passed += 1
            print("PASS " + name)
        else:
            failed += 1
            print("FAIL %s (exit %d, want %d)" % (name, got_code, want_code))
            for l in difflib.unified_diff(want.splitlines(), got.splitlines(), "go test",
                                          "gocxx test", lineterm="", n=1):
                print("    " + l)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
