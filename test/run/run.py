#!/usr/bin/env python3
"""Golden-program tests: run each test/run/*.go with `gocxx run` and compare.

Every X.go here is a complete single-file Go program. Its expected behaviour
is in X.golden, produced by real Go (`run.py --update`, never by hand), and
the test passes when `gocxx run X.go` prints the same stdout and stderr and
exits with the same code. These are the end-to-end checks of a compiler slice:
small programs, each aimed at one feature, whose output says what went wrong.

Golden file format (X.golden), three sections in this order:

    -- stdout --
    <the program's stdout, verbatim>
    -- stderr --
    <the program's stderr, verbatim (but see the exit-2 rule)>
    -- exit 0 --

A section whose text does not end in a newline gets one added in the file and
its header reads `-- stdout (no final newline) --` (or stderr), so the file
stays line-oriented and still says exactly what was printed. A program's
output must not contain a line that looks like the next section header.

The exit-2 rule: when the exit code is 2 (an unrecovered panic or a fatal
error such as a deadlock), Go's stderr goes on with goroutine traces full of
argument words, absolute paths and frame offsets that no other
implementation reproduces. Then the stderr is kept up to and including the
first `goroutine N [state]:` line (N written as N for any goroutine but 1,
since Go numbers the others after its own), followed by that goroutine's
frames in package main without those details: each function and `created by` line
without its arguments, each position as the file's base name and line, e.g.

    panic: runtime error: index out of range [5] with length 3

    goroutine 1 [running]:
    main.get
    	panic_index.go:9
    main.main
    	panic_index.go:14

Frames outside package main (the runtime's, the standard library's) are
left out. If there is no goroutine line the whole stderr is compared.

Which tests run: test/run/passing.txt lists the tests expected to pass (one
name a line, without .go). By default only those run, so a red result is a
regression. `--all` runs every program; `--all --record` adds the newly
passing ones to passing.txt (entries are never removed). Names given on the
command line, and --filter REGEX, narrow the selection further.

    test/run/run.py [--gocxx PATH] [--all [--record]] [-j N] [NAME...]
    test/run/run.py --update [NAME...]     # regenerate X.golden with real Go
"""

import argparse
import difflib
import os
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import runlib  # noqa: E402  (needs the sys.path entry above)

PASSING = HERE / "passing.txt"
PASSING_HEADER = """Golden tests (test/run/NAME.go) that gocxx passes; run.py runs only these
unless --all. Grown by `test/run/run.py --all --record`; never edit by hand."""

# Where `--update` lets the go command keep its build cache and temporary
# files, so that regenerating goldens never writes outside /tmp.
GO_SCRATCH = Path(tempfile.gettempdir()) / "gocxx-golden"

GOROUTINE_LINE = re.compile(rb"^goroutine \d+ \[[^\]\n]*\]:$", re.M)


@dataclass
class Outcome:
    """What a program did, in the form the golden file stores."""

    stdout: bytes
    stderr: bytes
    code: int


# A frame of package main: "main.F(args)" or "created by main.F", then
# "\t/path/file.go:LINE +0xOFF" (the offset only for calls not inlined; a
# fatal error's trace adds frame and stack pointers).
MAIN_FRAME = re.compile(rb"^(created by )?(main\.[^\n]*?)(\([^()\n]*\))?\n"
                        rb"\t(?:[^\n]*/)?([^/\n]+:\d+)(?: \+0x[0-9a-f]+)?(?: fp=\S+ sp=\S+ pc=\S+)?$", re.M)


def normalize(stdout: bytes, stderr: bytes, code: int) -> Outcome:
    """Applies the exit-2 rule (see the file comment) to stderr."""
    if code == 2:
        m = GOROUTINE_LINE.search(stderr)
        if m:
            block = stderr[m.end():].split(b"\n\n", 1)[0]
            frames = b"".join(b"%s%s\n\t%s\n" % (f.group(1) or b"", f.group(2), f.group(4))
                              for f in MAIN_FRAME.finditer(block))
            # Ids of goroutines other than main's depend on how many the
            # runtime started for itself.
            head = re.sub(rb"^goroutine (?!1 )\d+", b"goroutine N", m.group(0))
            stderr = stderr[: m.start()] + head + b"\n" + frames
    return Outcome(stdout, stderr, code)


def format_golden(o: Outcome) -> bytes:
    def section(name, text):
        if text and not text.endswith(b"\n"):
            return b"-- %s (no final newline) --\n" % name + text + b"\n"
        return b"-- %s --\n" % name + text

    return section(b"stdout", o.stdout) + section(b"stderr", o.stderr) + b"-- exit %d --\n" % o.code


def parse_golden(data: bytes, path: Path) -> Outcome:
    """Inverse of format_golden; raises ValueError on a malformed file."""
    # Split on "\n" only: bytes.splitlines would also split at a "\r" that a
    # program printed.
    lines = [l + b"\n" for l in data.split(b"\n")]
    lines[-1] = lines[-1][:-1]
    if not lines[-1]:
        lines.pop()
    parts = {}
    pos = 0
    for name in (b"stdout", b"stderr"):
        head = lines[pos] if pos < len(lines) else b""
        if head == b"-- %s --\n" % name:
            trim = False
        elif head == b"-- %s (no final newline) --\n" % name:
            trim = True
        else:
            raise ValueError(f"{path}: expected '-- {name.decode()} --' header, got {head[:40]!r}")
        pos += 1
        body = []
        next_head = re.compile(rb"^-- (stderr( \(no final newline\))?|exit -?\d+) --\n?$")
        while pos < len(lines) and not next_head.match(lines[pos]):
            body.append(lines[pos])
            pos += 1
        text = b"".join(body)
        if trim:
            text = text[:-1]
        parts[name] = text
    m = re.match(rb"^-- exit (-?\d+) --\n?$", lines[pos] if pos < len(lines) else b"")
    if not m or pos + 1 != len(lines):
        raise ValueError(f"{path}: expected a final '-- exit N --' line")
    return Outcome(parts[b"stdout"], parts[b"stderr"], int(m.group(1)))


def run_in_tempdir(build_and_run, timeout):
    """Runs a command builder in a fresh temporary directory that is removed
    afterwards; the program's working directory is that directory."""
    tmp = tempfile.mkdtemp(prefix="gocxx-run-")
    try:
        env = dict(os.environ, TMPDIR=tmp)
        return build_and_run(tmp, env, timeout)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def run_gocxx(gocxx: Path, src: Path, timeout: float, flags=()):
    def go(tmp, env, timeout):
        return runlib.run_command([gocxx, "run", *flags, src], cwd=tmp, env=env, timeout=timeout)

    return run_in_tempdir(go, timeout)


def run_real_go(src: Path, timeout: float):
    """Builds src with the go command and runs the binary itself, so stderr
    and the exit code are the program's own (`go run` would add "exit status
    N" and always exit 1)."""

    def go(tmp, env, timeout):
        env.update(GOCACHE=str(GO_SCRATCH / "gocache"), GOTMPDIR=str(GO_SCRATCH / "tmp"),
                   GOFLAGS="", GO111MODULE="off")
        os.makedirs(env["GOTMPDIR"], exist_ok=True)
        exe = Path(tmp) / "prog"
        b = runlib.run_command(["go", "build", "-o", exe, src], cwd=tmp, env=env,
                               timeout=120, merge_stderr=True)
        if b.code != 0:
            raise RuntimeError(f"go build {src.name} failed:\n{b.stdout.decode(errors='replace')}")
        return runlib.run_command([exe], cwd=tmp, env=env, timeout=timeout)

    return run_in_tempdir(go, timeout)


def short_diff(name: str, want: bytes, got: bytes, limit=20) -> str:
    diff = list(difflib.unified_diff(
        want.decode("utf-8", "replace").splitlines(),
        got.decode("utf-8", "replace").splitlines(),
        f"want {name}", f"got {name}", lineterm="", n=2))
    if not diff and want != got:
        diff = [f"  ({name} differs only in its final newline)"]
    if len(diff) > limit:
        diff = diff[:limit] + [f"  ... ({len(diff) - limit} more diff lines)"]
    return "\n".join("    " + l for l in diff)


def judge(name: str, want: Outcome, res: runlib.Result, timeout: float):
    """Returns None when `res` matches `want`, else a printable report: a
    one-line summary, then indented details."""
    if res.timed_out:
        return f"timed out after {timeout:g}s\n" + short_diff("stdout", want.stdout, res.stdout)
    got = normalize(res.stdout, res.stderr, res.code)
    if got.code in (1, 2) and want.code != got.code and not got.stdout:
        # Most likely the compiler rejected the program: its diagnostics say
        # more than a diff against the expected output would.
        text = runlib.head_lines(got.stderr, 10)
        return f"exit code {got.code} with no output (compile error?)\n" + "\n".join(
            "    " + l for l in text.splitlines())
    summary, details = [], []
    if got.code != want.code:
        summary.append(f"exit code {got.code}, want {want.code}")
    if got.stdout != want.stdout:
        summary.append("stdout differs")
        details.append(short_diff("stdout", want.stdout, got.stdout))
    if got.stderr != want.stderr:
        summary.append("stderr differs")
        details.append(short_diff("stderr", want.stderr, got.stderr))
    if not summary:
        return None
    return "\n".join([", ".join(summary)] + details)


def select_tests(args):
    names = sorted(p.stem for p in HERE.glob("*.go"))
    if args.names:
        unknown = [n for n in args.names if n.removesuffix(".go") not in names]
        if unknown:
            sys.exit(f"error: no such golden test: {', '.join(unknown)}")
        names = [n.removesuffix(".go") for n in args.names]
    elif not (args.all or args.update):
        listed = runlib.PassingList(PASSING, PASSING_HEADER).names
        names = [n for n in names if n in listed]
    if args.filter:
        rx = re.compile(args.filter)
        names = [n for n in names if rx.search(n)]
    return names


def update(names, args):
    def one(name):
        try:
            return run_real_go(HERE / f"{name}.go", args.timeout)
        except RuntimeError as e:
            return e

    changed, broken = 0, 0
    for name, res in runlib.parallel_map(one, names, args.jobs):
        if isinstance(res, RuntimeError):
            print(f"{name}: {res}")
            broken += 1
            continue
        if res.timed_out:
            broken += 1
            print(f"{name}: timed out under real Go; golden not written")
            continue
        golden = format_golden(normalize(res.stdout, res.stderr, res.code))
        path = HERE / f"{name}.golden"
        if not path.exists() or path.read_bytes() != golden:
            path.write_bytes(golden)
            changed += 1
            print(f"updated {path.name} (exit {res.code})")
    print(f"{len(names)} programs run with real Go, {changed} golden files changed, {broken} broken")
    return 1 if broken else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*", help="tests to run (default: per passing.txt / --all)")
    ap.add_argument("--gocxx", type=Path, default=runlib.DEFAULT_GOCXX, help="compiler binary")
    ap.add_argument("--all", action="store_true", help="run every golden test, not just passing.txt")
    ap.add_argument("--sanitize", metavar="LIST", help="build with gocxx --sanitize=LIST (a report fails the test)")
    ap.add_argument("--record", action="store_true", help="add newly passing tests to passing.txt")
    ap.add_argument("--update", action="store_true", help="regenerate .golden files with real Go")
    ap.add_argument("--filter", metavar="REGEX", help="only tests whose name matches")
    ap.add_argument("-j", "--jobs", type=int, default=2, help="parallel tests (default 2)")
    ap.add_argument("--timeout", type=float, default=60,
                    help="seconds per test, compile + run (default 60)")
    args = ap.parse_args()

    names = select_tests(args)
    if args.update:
        return update(names, args)

    args.gocxx = args.gocxx.resolve()
    runlib.check_gocxx(args.gocxx)
    if not names:
        print("0 passed, 0 failed (passing.txt lists no tests; use --all)")
        return 0

    def one(name):
        src = HERE / f"{name}.go"
        golden = HERE / f"{name}.golden"
        if not golden.exists():
            return f"no {golden.name}; run `run.py --update {name}`"
        try:
            want = parse_golden(golden.read_bytes(), golden)
        except ValueError as e:
            return f"bad golden file: {e}"
        flags = [f"--sanitize={args.sanitize}"] if args.sanitize else []
        return judge(name, want, run_gocxx(args.gocxx, src, args.timeout, flags), args.timeout)

    passed, failed = [], []
    for name, problem in runlib.parallel_map(one, names, args.jobs):
        if problem is None:
            passed.append(name)
        else:
            failed.append(name)
            print(f"FAIL {name}: {problem}")

    if args.record:
        ratchet = runlib.PassingList(PASSING, PASSING_HEADER)
        lost = sorted(set(failed) & ratchet.names)
        for name in ratchet.record(passed):
            print(f"recorded {name} as passing")
        for name in lost:
            print(f"warning: {name} is listed in passing.txt but failed")
    print(f"{len(passed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
