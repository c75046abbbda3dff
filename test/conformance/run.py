#!/usr/bin/env python3
"""Runs Go's own `// run` tests (/usr/share/go-1.19/test) through gocxx.

Go's test directory holds ~900 programs whose first comment says `// run`:
each must build, exit 0, and print exactly what its `.out` file holds (or
nothing when there is none). They are the best available measure of how
much of Go gocxx gets right, so this runner judges them the way Go's own
driver, test/run.go, does, with `gocxx run` in place of the gc toolchain:

  * The recipe is the text before the first blank line, minus a first line
    containing "+build", minus the leading "//"; it is split on white space
    (with quotes) and a test is ours when the first word is `run`.
  * Build constraints (`// +build`, `//go:build`) on any line before the
    `package` clause are evaluated as run.go does for gc on linux/amd64:
    true tags are linux, amd64, gc, test_run, cgo when CGO_ENABLED=1, and
    the goexperiment.* tool tags of this Go; every other tag (gccgo, unix,
    go1.N, ...) is false. A test whose constraints fail is skipped.
  * Words after `run` that start with "-" are flags for the gc compiler or
    the go command (-gcflags=..., -race, -goexperiment X): such tests are
    skipped with the reason, as gocxx has no equivalent. `-t N` raises the
    time limit. Other words are program arguments, passed after `--`, except
    words ending in .go, which `go run` takes as more source files (skipped).
  * Pass iff the command exits 0 and its stdout and stderr, captured through
    one pipe as run.go does, equal the .out file (CRLF folded to LF), or
    are empty when there is no .out file. The working directory is the test
    directory, the file is named by its relative path (fixedbugs/x.go), and
    the environment gets GOENV=off, GOFLAGS= and GOROOT/bin first on PATH.

Where this differs from run.go, on purpose: run.go takes *all* recipe lines
before the blank line as words, so in a recipe like "// run\\n// +build !js"
the constraint line becomes program arguments ("//", "+build", "!js"); here
only the `run` line gives arguments (none of those programs reads os.Args).
run.go has no time limit without -t; here every test has one (--timeout).
run.go expects typeparam/nested.go and typeparam/issue51521.go to fail
(its go118Failures list: gc 1.19 lacks local types in generic functions);
here they are ordinary tests, their .out files say what Go means them to do.
`--ignore-flags` runs the tests that want gc-only flags without the flags.

Modes: by default only the tests listed in test/conformance/passing.txt run,
and any failure is a regression (exit 1). `--all` runs the whole suite and
reports per folder; `--all --record` adds newly passing tests to passing.txt
(never removes any; listed tests that fail are warned about, and make the
exit status 1 in every mode).

    test/conformance/run.py [--gocxx PATH] [--all [--record]] [-j N]
                            [--filter REGEX] [--timeout S] [--ignore-flags]
                            [--results FILE] [-v] [TEST...]
"""

import argparse
import collections
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import runlib  # noqa: E402  (needs the sys.path entry above)
from runlib import Constraints, go_true_tags, split_quoted  # noqa: E402

GO_TEST_DIR = Path("/usr/share/go-1.19/test")
FOLDERS = runlib.GO_TEST_FOLDERS
PASSING = HERE / "passing.txt"
PASSING_HEADER = """Tests of /usr/share/go-1.19/test that gocxx passes; run.py runs only these
unless --all. Grown by `test/conformance/run.py --all --record`; never edit by hand."""


# ---------------------------------------------------------------------------
# Recipes: which files are `// run` tests, and with what arguments.


@dataclass
class Test:
    path: str  # relative to the test directory, as run.go names it: "fixedbugs/x.go"
    folder: str
    args: list = field(default_factory=list)
    timeout: float = 0  # from `-t N`; 0 means the runner's default
    skip: str = ""  # why the test cannot run under gocxx, or ""


def parse_recipe(src: str):
    """Returns the words of the `run` line of a test, or None when the file
    is not a `// run` test. Follows run.go's (*test).run up to the split."""
    if not src or src[0] == "\n":
        return None  # run.go: "starts with newline", never a run test
    action, sep, _ = src.partition("\n\n")
    if not sep:
        return None
    first, nl, rest = action.partition("\n")
    if nl and "+build" in first:
        action = rest
    action = action.removeprefix("//")
    # The divergence documented above: only the recipe's first line counts.
    words = split_quoted(action.split("\n", 1)[0])
    if not words or words[0] != "run":
        return None
    return words[1:]


def discover(testdir: Path, constraints: Constraints, ignore_flags=False):
    """All `// run` tests of FOLDERS, in run.go's order (folder, then name).
    With ignore_flags, tests whose recipes pass gc-only flags (-gcflags=-l,
    -race, ...) run without them: those flags tune or instrument gc, and a
    correct program's output does not depend on them."""
    tests = []
    for folder in FOLDERS:
        d = testdir / folder
        for name in sorted(os.listdir(d)):
            if name.startswith(".") or not name.endswith(".go"):
                continue
            src = (d / name).read_text(encoding="utf-8", errors="replace")
            words = parse_recipe(src)
            if words is None:
                continue
            rel = name if folder == "." else f"{folder}/{name}"
            t = Test(rel, folder)
            why = constraints.why_not(src)
            if why:
                t.skip = f"build constraint {why!r}"
            flags = []
            while words and words[0].startswith("-"):
                w = words.pop(0)
                if w == "-t" and words:
                    t.timeout = float(words.pop(0))
                elif w in ("-0", "-1", "-s"):
                    pass  # meaningful for errorcheck recipes only
                elif w == "-goexperiment" and words:
                    flags.append(f"{w} {words.pop(0)}")
                else:
                    flags.append(w)
            if flags and not t.skip and not (ignore_flags and not any(
                    f.startswith("-goexperiment") for f in flags)):
                t.skip = "needs gc flags: " + " ".join(flags)
            if words and words[0].endswith(".go") and not t.skip:
                t.skip = "needs extra source files: " + " ".join(
                    w for w in words if w.endswith(".go"))
            t.args = words
            tests.append(t)
    return tests


# ---------------------------------------------------------------------------
# Running and judging.


@dataclass
class Outcome:
    status: str  # "pass", "fail" or "skip"
    reason: str = ""  # one line
    detail: str = ""  # output excerpt for failures
    first_error: str = ""  # the first compiler diagnostic, for the summary


DIAG = re.compile(r"^\S+:\d+:\d+: error: (.*)$", re.M)


def run_test(t: Test, args, env) -> Outcome:
    if t.skip:
        return Outcome("skip", t.skip)
    cmd = [args.gocxx, "run", t.path]
    if args.sanitize:
        cmd[2:2] = [f"--sanitize={args.sanitize}"]
    if t.args:
        cmd += ["--"] + t.args
    tmp = tempfile.mkdtemp(prefix="gocxx-conf-")
    try:
        res = runlib.run_command(cmd, cwd=args.testdir, env=dict(env, TMPDIR=tmp),
                                 timeout=max(args.timeout, t.timeout), merge_stderr=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    got = res.stdout.replace(b"\r\n", b"\n")
    if res.timed_out:
        return Outcome("fail", f"timed out after {max(args.timeout, t.timeout):g}s",
                       runlib.head_lines(got, 10))
    if res.code != 0:
        m = DIAG.search(got.decode("utf-8", "replace"))
        return Outcome("fail", f"exit status {res.code}", runlib.head_lines(got, 10),
                       m.group(1) if m else "")
    out_file = args.testdir / (t.path[:-3] + ".out")
    want = out_file.read_bytes() if out_file.exists() else b""
    if got != want:
        what = "output differs from .out" if out_file.exists() else "output should be empty"
        return Outcome("fail", what, first_difference(want, got))
    return Outcome("pass")


def first_difference(want: bytes, got: bytes) -> str:
    w = want.decode("utf-8", "replace").split("\n")
    g = got.decode("utf-8", "replace").split("\n")
    for i in range(max(len(w), len(g))):
        a = w[i] if i < len(w) else "<end of output>"
        b = g[i] if i < len(g) else "<end of output>"
        if a != b:
            return f"line {i + 1}:\n  want: {a[:200]!r}\n  got:  {b[:200]!r}"
    return "(only the final newline differs)"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("tests", nargs="*", help="test paths relative to the Go test dir, e.g. fixedbugs/bug000.go")
    ap.add_argument("--gocxx", type=Path, default=runlib.DEFAULT_GOCXX, help="compiler binary")
    ap.add_argument("--testdir", type=Path, default=GO_TEST_DIR, help="Go's test directory")
    ap.add_argument("--all", action="store_true", help="run the whole suite, not just passing.txt")
    ap.add_argument("--sanitize", metavar="LIST", help="build with gocxx --sanitize=LIST (a report fails the test)")
    ap.add_argument("--record", action="store_true", help="add newly passing tests to passing.txt")
    ap.add_argument("--filter", metavar="REGEX", help="only tests whose path matches (re.search)")
    ap.add_argument("-j", "--jobs", type=int, default=2, help="parallel tests (default 2)")
    ap.add_argument("--timeout", type=float, default=10, help="seconds per test, compile + run (default 10)")
    ap.add_argument("-v", "--verbose", action="store_true", help="show output of every failure and list skips")
    ap.add_argument("--ignore-flags", action="store_true",
                    help="run tests that want gc flags (not -goexperiment) without the flags instead of skipping")
    ap.add_argument("--results", type=Path, metavar="FILE", help="write 'status path reason' lines to FILE")
    args = ap.parse_args()
    args.gocxx = args.gocxx.resolve()
    args.testdir = args.testdir.resolve()
    runlib.check_gocxx(args.gocxx)

    true_tags, goroot = go_true_tags()
    tests = discover(args.testdir, Constraints(true_tags), args.ignore_flags)
    ratchet = runlib.PassingList(PASSING, PASSING_HEADER)
    tests = runlib.select_tests(tests, args, ratchet, "// run")

    # run.go's environment for the commands it starts.
    env = dict(os.environ, GOENV="off", GOFLAGS="")
    env["PATH"] = os.path.join(goroot, "bin") + os.pathsep + env.get("PATH", "")
    env.setdefault("GOOS", "linux")
    env.setdefault("GOARCH", "amd64")

    # Details are worth printing for a listed test (a regression) or on -v;
    # for the hundreds of expected failures of --all one line each is enough.
    per_folder = collections.OrderedDict((f, collections.Counter()) for f in FOLDERS)
    results = []
    first_errors = collections.Counter()
    for t, o in runlib.parallel_map(lambda t: run_test(t, args, env), tests, args.jobs):
        per_folder[t.folder][o.status] += 1
        results.append((t, o))
        if o.first_error:
            first_errors[o.first_error] += 1
        runlib.report_outcome(t, o, t.path in ratchet.names, args)

    runlib.print_folder_table(per_folder)
    if args.all and first_errors:
        print("\nmost common first compile errors:")
        for msg, n in first_errors.most_common(15):
            print(f"{n:6}  {msg[:110]}")

    passed = [t.path for t, o in results if o.status == "pass"]
    failed = [t.path for t, o in results if o.status == "fail"]
    skipped = [t.path for t, o in results if o.status == "skip"]
    regressions = [p for p in failed if p in ratchet.names]
    if args.results:
        args.results.write_text("".join(f"{o.status} {t.path} {o.reason}\n" for t, o in results))
    if args.record:
        for p in ratchet.record(passed):
            print(f"recorded {p}")
    for p in regressions:
        print(f"warning: {p} is listed in passing.txt but failed")
    print(f"\n{len(passed)} passed, {len(failed)} failed, {len(skipped)} skipped")
    if not tests and not args.all:
        print("(passing.txt lists no tests; use --all)")
    # --all reports; only listed tests that fail make the run red.
    if args.all:
        return 1 if regressions else 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
