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
