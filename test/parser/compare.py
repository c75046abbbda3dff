#!/usr/bin/env python3
"""Compare gocxx's AST dumps with go/parser's.

For each file, runs `gocxx-parseall --dump` and test/parser/astdump.go (built
once with `go build`) and compares the canonical dumps (format in
frontend/include/gocxx/frontend/dump.h). Reports identical/different counts
and the first differences.

  compare.py [--parseall PATH] [--show N] [--sample K] [FILE|DIR ...]

--sample K compares every K-th file only (the default test command uses a
sample; the full suite compares all). The last line reads
"N passed, M failed" (a file passes when the dumps are identical or both
sides reject it).

With no FILE/DIR, every .go file under /usr/share/go-1.19/src outside
testdata/ directories is compared. Files that go/parser rejects and gocxx
rejects too count as "both rejected"; a file rejected by only one side counts
as different.
"""
import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_ROOT = "/usr/share/go-1.19/src"


def collect(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, names in os.walk(p):
                dirs[:] = sorted(d for d in dirs if d != "testdata")
                files.extend(os.path.join(root, n) for n in sorted(names) if n.endswith(".go"))
        else:
            files.append(p)
    return files


def split_dumps(text):
    """Map file name -> dump text from '== name' headed sections."""
    out, name, buf = {}, None, []
    for line in text.splitlines():
        if line.startswith("== "):
            if name is not None:
                out[name] = "\n".join(buf)
            name, buf = line[3:], []
        else:
            buf.append(line)
    if name is not None:
        out[name] = "\n".join(buf)
    return out


def run_batches(cmd, files, batch=400):
    result = {}
    for i in range(0, len(files), batch):
        chunk = files[i:i + batch]
        p = subprocess.run(cmd + chunk, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        result.update(split_dumps(p.stdout.decode("utf-8", "replace")))
    return result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--parseall", default=None, help="path to gocxx-parseall")
    ap.add_argument("--show", type=int, default=5, help="differences to show")
    ap.add_argument("--sample", type=int, default=1, help="compare every K-th file")
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args()

    parseall = args.parseall
    if parseall is None:
        for cand in ("build/bin/gocxx-parseall", os.path.join(HERE, "../../build/bin/gocxx-parseall")):
            if os.path.exists(cand):
                parseall = cand
                break
    if parseall is None:
        sys.exit("compare.py: gocxx-parseall not found; pass --parseall")

    files = collect(args.paths or [DEFAULT_ROOT])[:: max(1, args.sample)]
    with tempfile.TemporaryDirectory() as tmp:
        astdump = os.path.join(tmp, "astdump")
        subprocess.run(["go", "build", "-o", astdump, os.path.join(HERE, "astdump.go")], check=True)
        theirs = run_batches([astdump, "--"], files)
    ours = run_batches([parseall, "--dump"], files)

    same = different = both_rejected = 0
    shown = 0
    for f in files:
        a, b = ours.get(f), theirs.get(f)
        if a == b and a is not None:
            if a is not None and a.strip() == "ERROR":
                both_rejected += 1
            else:
                same += 1
            continue
        different += 1
        if shown < args.show:
            shown += 1
            print(f"--- {f}")
            al = (a or "<missing>").splitlines()
            bl = (b or "<missing>").splitlines()
            for i in range(max(len(al), len(bl))):
                x = al[i] if i < len(al) else "<eof>"
                y = bl[i] if i < len(bl) else "<eof>"
                if x != y:
                    print(f"  line {i + 1}:\n    gocxx:     {x}\n    go/parser: {y}")
                    break
    print(f"files: {len(files)}  identical: {same}  different: {different}  both rejected: {both_rejected}")
    print(f"{same + both_rejected} passed, {different} failed")
    return 0 if different == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
