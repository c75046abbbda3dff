#!/usr/bin/env python3
"""Compare gocxx's syntax errors with gc's on files that gocxx rejects.

For every given file (or every file under the given directories) on which
`gocxx-parseall --errors` reports diagnostics, runs gc (`go tool compile`)
and compares the error lines, ignoring gocxx's "error: " severity tag. gc
stops after syntax errors, so for a file with syntax errors its whole output
is the syntax errors.

  gcerrors.py [--parseall PATH] [--show N] FILE|DIR ...
"""
import argparse
import os
import re
import subprocess
import tempfile
import sys


def collect(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, names in os.walk(p):
                dirs.sort()
                files.extend(os.path.join(root, n) for n in sorted(names) if n.endswith(".go"))
        else:
            files.append(p)
    return files


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--parseall", default="build/bin/gocxx-parseall")
    ap.add_argument("--show", type=int, default=10)
    ap.add_argument("paths", nargs="+")
    args = ap.parse_args()
    same = diff = 0
    shown = 0
    tmpdir = tempfile.mkdtemp(prefix="gcerrors-")
    for f in collect(args.paths):
        ours = subprocess.run([args.parseall, "--errors", f], stdout=subprocess.PIPE).stdout.decode("utf-8", "replace")
        ours = [l.replace(": error: ", ": ", 1) for l in ours.splitlines() if re.match(r"^\S+:\d+(:\d+)?: ", l)]
        if not ours:
            continue
        # Never "-o /dev/null": gc removes its output file on errors, and as
        # root that would delete the device.
        gc = subprocess.run(["go", "tool", "compile", "-o", os.path.join(tmpdir, "out.o"), f],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT).stdout.decode("utf-8", "replace")
        gc = [l for l in gc.splitlines() if re.match(r"^\S+:\d+(:\d+)?: ", l)]
        if ours == gc:
            same += 1
            continue
        diff += 1
        if shown < args.show:
            shown += 1
            print(f"--- {f}")
            for l in ours:
                if l not in gc:
                    print(f"  gocxx only: {l}")
            for l in gc:
                if l not in ours:
                    print(f"  gc only:    {l}")
    print(f"rejected files: {same + diff}  same errors as gc: {same}  different: {diff}")
    return 0 if diff == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
