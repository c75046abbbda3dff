"""Shared plumbing for gocxx's program-running test runners.

test/run/run.py (golden programs) and test/conformance/run.py (Go's own test
suite) both start `gocxx run` on many small programs, a few at a time, each
under a time limit, and both keep a `passing.txt` ratchet: the list of tests
that are known to pass, which only ever grows. This module holds those pieces
so the two runners judge time limits and lists the same way. Python 3 stdlib
only; the runners put this folder on sys.path before importing it.
"""

import re
import concurrent.futures
import os
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

# The repository root: this file lives in <repo>/test/.
REPO = Path(__file__).resolve().parent.parent
DEFAULT_GOCXX = REPO / "build" / "bin" / "gocxx"


@dataclass
class Result:
    """What one finished (or killed) command produced."""

    code: int  # exit status; 128+N when killed by signal N (as a shell reports it)
    stdout: bytes
    stderr: bytes  # empty when stderr was merged into stdout
    timed_out: bool


def run_command(cmd, *, cwd=None, env=None, timeout=None, merge_stderr=False):
    """Runs cmd with a time limit and returns its Result.

    The command gets its own session so that on timeout the whole process
    group dies: `gocxx run` starts a compiler and then the program, and
    killing only the driver would leave a spinning test program behind.
    stdin is /dev/null so a test that reads input cannot hang the run.
    """
    proc = subprocess.Popen(
        [str(c) for c in cmd],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT if merge_stderr else subprocess.PIPE,
        start_new_session=True,
    )
    timed_out = False
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        kill_group(proc.pid)
        out, err = proc.communicate()
    code = proc.returncode
    if code < 0:
        code = 128 - code
    return Result(code, out or b"", err or b"", timed_out)


def kill_group(pgid):
    """Kills a process group we started; it may already be gone."""
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def parallel_map(fn, items, jobs):
    """Yields (item, fn(item)) in input order, running at most `jobs` at once.

    Threads are enough: each worker spends its time waiting on a child
    process. Results come back in input order so reports are stable.
    """
    jobs = max(1, jobs)
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(fn, item) for item in items]
        for item, fut in zip(items, futures):
            yield item, fut.result()


class PassingList:
    """The ratchet file: one test name a line, '#' lines are comments.

    Tests listed here must keep passing; `--record` adds newly passing tests
    and never removes any, so a regression shows up as a failure instead of
    silently shrinking the list.
    """

    def __init__(self, path: Path, header: str):
        self.path = path
        self.header = header
        self.names = set()
        if path.exists():
            for line in path.read_text().splitlines():
                line = line.strip()
                if line and not line.startswith("#"):
                    self.names.add(line)

    def record(self, passed):
        """Adds the names in `passed`; returns the sorted list of new ones."""
        new = sorted(set(passed) - self.names)
        self.names.update(new)
        lines = [f"# {l}".rstrip() for l in self.header.splitlines()]
        lines += sorted(self.names)
        self.path.write_text("\n".join(lines) + "\n")
        return new


def select_tests(tests, args, ratchet, kind):
    """The tests a run covers: those named on the command line (each must be
    a test of this kind), else the listed ones unless --all, then --filter."""
    if args.tests:
        wanted = set(args.tests)
        tests = [t for t in tests if t.path in wanted]
        missing = wanted - {t.path for t in tests}
        if missing:
            sys.exit(f"error: not `{kind}` tests: {', '.join(sorted(missing))}")
    elif not args.all:
        tests = [t for t in tests if t.path in ratchet.names]
    if args.filter:
        rx = re.compile(args.filter)
        tests = [t for t in tests if rx.search(t.path)]
    return tests


def check_gocxx(path: Path):
    """Exits with a clear message when the compiler binary is missing."""
    if not (path.is_file() and os.access(path, os.X_OK)):
        sys.exit(f"error: gocxx binary not found or not executable: {path}\n"
                 f"(build it first, or pass --gocxx PATH)")


def head_lines(data: bytes, limit: int) -> str:
    """The first `limit` lines of a program's output, for failure reports."""
    text = data.decode("utf-8", "replace")
    lines = text.splitlines()
    if len(lines) > limit:
        lines = lines[:limit] + [f"... ({len(lines) - limit} more lines)"]
    return "\n".join(lines)


def report_outcome(t, o, listed: bool, args, note: str = ""):
    """Prints a failing test (with its detail when it is listed, asked for
    with -v, or one of a few named) and, with -v, a skipped one."""
    if o.status == "fail":
        if listed and not note:
            note = "  (REGRESSION: listed in passing.txt)"
        print(f"FAIL {t.path}: {o.reason}{note}", flush=True)
        if listed or args.verbose or not args.all:
            print("\n".join("    " + l for l in o.detail.splitlines()), flush=True)
    elif o.status == "skip" and args.verbose:
        print(f"skip {t.path}: {o.reason}")


def print_folder_table(per_folder):
    """The per-folder pass/fail/skip counts, for folders with any test."""
    print()
    print(f"{'folder':<12}{'passed':>8}{'failed':>8}{'skipped':>9}")
    for folder, c in per_folder.items():
        if sum(c.values()):
            print(f"{folder:<12}{c['pass']:>8}{c['fail']:>8}{c['skip']:>9}")


# ---------------------------------------------------------------------------
# Reading Go's test recipes, shared by the conformance and errorcheck runners
# so that both read them exactly as run.go does.

# The folders of Go's test directory that run.go covers.
GO_TEST_FOLDERS = [".", "ken", "chan", "interface", "typeparam", "fixedbugs"]


def split_quoted(s):
    """run.go's splitQuoted: split on white space, honouring '...' and "..."
    quotes (which are removed) and backslash escapes."""
    args, arg = [], []
    quoted, quote, escaped = False, "", False
    for ch in s:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
            continue
        elif quote:
            if ch == quote:
                quote = ""
                continue
        elif ch in "\"'":
            quoted, quote = True, ch
            continue
        elif ch.isspace():
            if quoted or arg:
                args.append("".join(arg))
                quoted, arg = False, []
            continue
        arg.append(ch)
    if quoted or arg:
        args.append("".join(arg))
    return args


class Constraints:
    """Build-constraint evaluation with run.go's tag set (see file comment)."""

    TAG = re.compile(r"^[\w.]+$")  # letters, digits, '_' and '.', like isValidTag

    def __init__(self, true_tags):
        self.true_tags = set(true_tags)

    def match(self, tag):
        return bool(self.TAG.match(tag)) and tag in self.true_tags

    def line_ok(self, line):
        """Evaluates one line; True when it is not a constraint at all or
        does not parse (run.go ignores such lines)."""
        if line.endswith("\n"):
            line = line[:-1]
        if line.startswith("//go:build"):
            rest = line.strip()[len("//go:build"):]
            trimmed = rest.strip()
            if rest == "" or len(trimmed) != len(rest):
                try:
                    return self._go_build(trimmed)
                except SyntaxError:
                    return True
        if line.startswith("//"):
            rest = line[2:].strip()
            if rest.startswith("+build"):
                rest = rest[len("+build"):]
                trimmed = rest.strip()
                if rest == "" or len(trimmed) != len(rest):
                    return self._plus_build(trimmed)
        return True

    def _plus_build(self, text):
        # Space-separated clauses are OR-ed, comma-separated terms AND-ed;
        # "!!x", a lone "!" and malformed tags stand for the false tag "ignore".
        clauses = text.split()
        if not clauses:
            return False
        for clause in clauses:
            ok = True
            for lit in clause.split(","):
                if lit.startswith("!!") or lit == "!":
                    val = False
                elif lit.startswith("!"):
                    val = not self.match(lit[1:])
                else:
                    val = self.match(lit)
                ok = ok and val
            if ok:
                return True
        return False

    def _go_build(self, text):
        # Grammar: or = and {"||" and}; and = not {"&&" not};
        # not = "!" not | "(" or ")" | tag.
        toks = re.findall(r"\|\||&&|[!()]|[^\s!()&|]+|\S", text)
        pos = 0

        def peek():
            return toks[pos] if pos < len(toks) else None

        def take():
            nonlocal pos
            pos += 1
            return toks[pos - 1]

        def or_():
            v = and_()
            while peek() == "||":
                take()
                v = and_() or v
            return v

        def and_():
            v = not_()
            while peek() == "&&":
                take()
                v = not_() and v
            return v

        def not_():
            t = peek()
            if t == "!":
                take()
                return not not_()
            if t == "(":
                take()
                v = or_()
                if peek() != ")":
                    raise SyntaxError("missing )")
                take()
                return v
            if t is None or not self.TAG.match(t):
                raise SyntaxError(f"unexpected {t!r}")
            return self.match(take())

        v = or_()
        if pos != len(toks):
            raise SyntaxError("trailing tokens")
        return v

    def why_not(self, src):
        """The first failing constraint line before `package`, or ""."""
        header, sep, _ = src.partition("\npackage")
        if not sep:
            header = src  # intentionally malformed files; run.go uses the recipe
        for line in header.split("\n"):
            if line.startswith("package "):
                break
            if not self.line_ok(line):
                return line
        return ""


def go_true_tags():
    """linux, amd64, gc, test_run, cgo (if enabled) and goexperiment.* tags,
    asked of the go command like run.go asks go/build's Default context."""
    env = dict(os.environ, GOENV="off", GOFLAGS="")
    def ask(*cmd):
        return subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stdout.strip()
    goos, goarch, cgo = ask("go", "env", "GOOS", "GOARCH", "CGO_ENABLED").split("\n")
    tags = {goos, goarch, "gc", "test_run"}
    if cgo == "1":
        tags.add("cgo")
    tool_tags = ask("go", "list", "-f", "{{context.ToolTags}}", "runtime")
    tags.update(tool_tags.strip("[]").split())
    return tags, ask("go", "env", "GOROOT")
