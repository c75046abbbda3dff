#!/usr/bin/env python3
"""Benchmark runner: the same Go programs built by gocxx, go (gc) and gccgo.

Every folder bench/NAME/ holding .go files is one program (package main).
An optional bench/NAME/args file gives variants, one line of arguments each:
bench/chanbuf/args with lines "1" and "4" makes rows chanbuf/1 and chanbuf/4.
The runner builds each program three ways (`gocxx build -O2`, `go build`,
`gccgo -O2`), then runs the binaries in turn, rotating which goes first, N
times each after a warm-up, so that drift in machine load is spread over all
three rather than landing on one. It checks that every run exits 0 and prints
what the go binary printed, and reports per benchmark the median wall time,
the ratios gocxx/go and gocxx/gccgo (below 1 means gocxx is faster), the
peak resident set size (ru_maxrss from wait4, the largest over all runs;
measured by the small C helper bench/measure.c, see there for why) and the
size of each binary; under the rows, the geometric mean of each ratio over
all rows and over the sequential programs (SEQUENTIAL).

A program gocxx cannot build yet shows `build failed` in its row, and the
reason under the table; the run goes on. Builds run -j at a time (default 2);
the timed runs are always one at a time.

With --cxx-api the table gains a column "C++ API": the same workload written
against the runtime's C++ API directly (bench/runtime/runtime_bench.cpp, a
Google Benchmark program), so a gap between gocxx and go can be told apart
into the runtime's share and the generated code's. The runner builds the
runtime_bench target in the build directory (--build-dir, default
$GOCXX_BUILD_DIR or build/) unless --runtime-bench names a binary, and runs
it in the same rotation as the three compiled programs: one process per run,
filtered to the row's benchmark, one iteration. Its time is the one the
benchmark reports (the workload, without process start and exit), its RSS
the process's peak. Rows without a C++ counterpart (fib) show "-".

    bench/run.py [--gocxx PATH] [--runs N] [--filter REGEX] [--json [FILE]]
                 [--cxx-api [--build-dir DIR | --runtime-bench PATH]]
"""

import argparse
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
COMPILERS = ["gocxx", "go", "gccgo"]
# The programs that run no goroutines: sequential code generation, as
# against the runtime's concurrency.
SEQUENTIAL = {"binarytrees", "bufiolines", "closures", "fannkuch", "fib", "ifacedispatch", "jsonround", "knucleotide",
              "mandelbrot", "matmul", "nbody", "sortbench", "spectralnorm", "sprintf", "strbuild",
              "strconvloop"}
CXX = "cxx_api"  # the C++ API column's key in results (--cxx-api)


def discover(filter_rx):
    """[(row name, folder, args)] for every benchmark variant, sorted."""
    rows = []
    for d in sorted(p for p in HERE.iterdir() if p.is_dir()):
        if not list(d.glob("*.go")):
            continue
        variants = [None]
        if (d / "args").exists():
            variants = [l.split() for l in (d / "args").read_text().splitlines() if l.strip()]
        for args in variants:
            name = d.name if args is None else f"{d.name}/{' '.join(args)}"
            if not filter_rx or filter_rx.search(name):
                rows.append((name, d, args or []))
    return rows


def sources(d: Path):
    return [str(p) for p in sorted(d.glob("*.go")) if not p.name.endswith("_test.go")]


def build_command(compiler, gocxx, d: Path, out: Path):
    # go and gccgo get the file list: `go build DIR` would want a go.mod.
    if compiler == "gocxx":
        return [str(gocxx), "build", "-O2", "-o", str(out), str(d)]
    if compiler == "go":
        return ["go", "build", "-o", str(out)] + sources(d)
    return ["gccgo", "-O2", "-o", str(out)] + sources(d)


def run_build(cmd, out: Path, timeout, pick=None, **kw):
    """Runs a build command that should produce out; returns (out or None,
    error text: the first line of its output, or of the lines pick keeps)."""
    try:
        p = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout, **kw)
    except subprocess.TimeoutExpired:
        return None, f"timed out after {timeout:g}s"
    except OSError as e:
        return None, str(e)
    if p.returncode != 0 or not out.exists():
        lines = (p.stdout + p.stderr).decode("utf-8", "replace").strip().splitlines()
        lines = (pick(lines) if pick else None) or lines
        return None, lines[0] if lines else f"exit status {p.returncode}"
    return out, ""


def build(compiler, gocxx, d, outdir, timeout):
    """Builds one program; returns (binary path or None, error text)."""
    out = outdir / f"{d.name}.{compiler}"
    return run_build(build_command(compiler, gocxx, d, out), out, timeout,
                     env=dict(os.environ, GOFLAGS=""), cwd=d)


def build_measure(outdir: Path):
    """Compiles measure.c (see its comment for why it exists); returns the
    helper's path, or None when no C compiler works."""
    exe = outdir / "measure"
    for cc in ("cc", "gcc", "clang"):
        try:
            p = subprocess.run([cc, "-O2", "-o", str(exe), str(HERE / "measure.c")],
                               capture_output=True, timeout=120)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if p.returncode == 0:
            return exe
    return None


def timed_run(exe, args, timeout, measure):
    """Runs exe once; returns (seconds, peak RSS in KiB, exit code, stdout).

    With the measure helper, the helper forks the program and reports
    wait4's rusage; without it, Python forks it and reads os.wait4 itself
    (then every RSS includes the interpreter's, see measure.c). stdout goes
    to a file (no pipe to drain while timing), stderr is discarded. On
    timeout the process group is killed and the exit code is None."""
    with tempfile.TemporaryFile() as out, tempfile.NamedTemporaryFile() as result:
        cmd = [str(exe)] + args
        if measure:
            cmd = [str(measure), result.name] + cmd
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out,
                                stderr=subprocess.DEVNULL, start_new_session=True)
        killed = threading.Event()

        def kill():
            killed.set()
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)  # keeps Popen from waiting again
        out.seek(0)
        stdout = out.read()
        if killed.is_set():
            return elapsed, None, None, stdout
        if not measure:
            code = proc.returncode if proc.returncode >= 0 else 128 - proc.returncode
            return elapsed, usage.ru_maxrss, code, stdout
        fields = Path(result.name).read_text().split()
        if proc.returncode != 0 or len(fields) != 3:
            return elapsed, None, 127, stdout  # the helper itself failed
        code, rss, ns = (int(f) for f in fields)
        return ns / 1e9, rss, code, stdout


def build_runtime_bench(build_dir: Path, timeout):
    """Builds the runtime_bench target; returns (binary or None, error text)."""
    exe = build_dir / "bin" / "runtime_bench"
    return run_build(["cmake", "--build", str(build_dir), "--target", "runtime_bench"], exe,
                     timeout, pick=lambda lines: [l for l in lines if "error" in l.lower()])


def runtime_bench_names(exe):
    """The row names runtime_bench has benchmarks for ("chanbuf/1", ...)."""
    p = subprocess.run([str(exe), "--benchmark_list_tests"], capture_output=True, text=True,
                       timeout=60)
    return {strip_bench_suffix(l.strip()) for l in p.stdout.splitlines() if l.strip()}


def strip_bench_suffix(name):
    """Google Benchmark's full name without its option suffixes
    ("chanbuf/1/manual_time" -> "chanbuf/1")."""
    parts = name.split("/")
    while parts and (":" in parts[-1] or parts[-1] in ("manual_time", "real_time")):
        parts.pop()
    return "/".join(parts)


def runtime_bench_args(row):
    # One iteration (min_time 0: the first one is long enough), JSON on
    # stdout. The filter matches the row's name followed by a suffix or
    # nothing, so chanbuf/1 does not match a chanbuf/16.
    return [f"--benchmark_filter=^{re.escape(row)}(/|$)", "--benchmark_min_time=0",
            "--benchmark_format=json"]


def runtime_bench_time(stdout):
    """(seconds, error text) from runtime_bench's JSON output."""
    try:
        doc = json.loads(stdout.decode("utf-8", "replace"))
        b = doc["benchmarks"][0]
    except (ValueError, KeyError, IndexError):
        return None, "no benchmark result in its output"
    if b.get("error_occurred"):
        return None, b.get("error_message", "benchmark failed")
    unit = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}[b.get("time_unit", "ns")]
    return b["real_time"] * unit, ""


def version(cmd):
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
        return (p.stdout or p.stderr).strip().splitlines()[0] if p.returncode == 0 else "unavailable"
    except (OSError, subprocess.TimeoutExpired, IndexError):
        return "unavailable"


def fmt_time(s):
    if s is None:
        return "-"
    return f"{s * 1000:.1f}ms" if s < 1 else f"{s:.3f}s"


def fmt_rss(kib):
    return "-" if kib is None else f"{kib / 1024:.1f}MB"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gocxx", type=Path, default=REPO / "build" / "bin" / "gocxx", help="compiler binary")
    ap.add_argument("--runs", type=int, default=5, help="timed runs per binary (default 5)")
    ap.add_argument("--warmup", type=int, default=1, help="untimed runs per binary first (default 1)")
    ap.add_argument("--filter", metavar="REGEX", help="only benchmarks whose row name matches")
    ap.add_argument("--json", nargs="?", const="-", metavar="FILE",
                    help="write results as JSON to FILE (or stdout) instead of the table")
    ap.add_argument("-j", "--jobs", type=int, default=2, help="parallel builds (default 2)")
    ap.add_argument("--timeout", type=float, default=120, help="seconds per run (default 120)")
    ap.add_argument("--build-timeout", type=float, default=600, help="seconds per build (default 600)")
    ap.add_argument("--cxx-api", action="store_true",
                    help="add a column for the workloads on the runtime's C++ API (runtime_bench)")
    ap.add_argument("--build-dir", type=Path,
                    default=Path(os.environ.get("GOCXX_BUILD_DIR", REPO / "build")),
                    help="CMake build directory to build runtime_bench in (default build/)")
    ap.add_argument("--runtime-bench", type=Path, metavar="PATH",
                    help="a runtime_bench binary to run instead of building one (implies --cxx-api)")
    args = ap.parse_args()
    gocxx = args.gocxx.resolve()
    args.cxx_api = args.cxx_api or args.runtime_bench is not None

    rows = discover(re.compile(args.filter) if args.filter else None)
    header = {
        "cpus": os.cpu_count(),
        "gomaxprocs": os.environ.get("GOMAXPROCS", "default"),
        "machine": platform.machine(),
        "gocxx": version([str(gocxx), "version"]),
        "go": version(["go", "version"]),
        "gccgo": version(["gccgo", "--version"]),
        "runs": args.runs,
    }
    log = sys.stderr if args.json == "-" else sys.stdout
    print(f"cpus: {header['cpus']}  GOMAXPROCS: {header['gomaxprocs']}  runs: {args.runs} "
          f"(+{args.warmup} warm-up), median wall time", file=log)
    for c in COMPILERS:
        print(f"{c + ':':7}{header[c]}", file=log)

    outdir = Path(tempfile.mkdtemp(prefix="gocxx-bench-"))
    try:
        measure = build_measure(outdir)
        header["rss_method"] = ("wait4 in bench/measure.c" if measure else
                                "os.wait4 from Python (includes the interpreter's ~16MB)")
        print(f"peak RSS: {header['rss_method']}", file=log)
        args.measure = measure
        args.cxx = None  # (runtime_bench binary or None, error, its row names)
        if args.cxx_api:
            if args.runtime_bench:
                exe, err = args.runtime_bench.resolve(), ""
            else:
                print(f"building runtime_bench in {args.build_dir} ...", file=log, flush=True)
                exe, err = build_runtime_bench(args.build_dir.resolve(), args.build_timeout)
            names = set()
            if exe:
                try:
                    names = runtime_bench_names(exe)
                except (OSError, subprocess.SubprocessError) as e:
                    exe, err = None, str(e)
            args.cxx = (exe, err, names)
            header["cxx_api"] = str(exe) if exe else f"unavailable: {err}"
            print(f"C++ API: {header['cxx_api']}", file=log)
        # Build every (program, compiler) pair once; variants share binaries.
        folders = sorted({d for _, d, _ in rows})
        jobs = [(c, d) for d in folders for c in COMPILERS]
        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            built = dict(zip(jobs, pool.map(
                lambda j: build(j[0], gocxx, j[1], outdir, args.build_timeout), jobs)))
        results = [run_benchmark(name, d, bargs, built, args, log) for name, d, bargs in rows]
    finally:
        shutil.rmtree(outdir, ignore_errors=True)

    if args.json:
        doc = json.dumps({"header": header, "results": results}, indent=2)
        if args.json == "-":
            print(doc)
        else:
            Path(args.json).write_text(doc + "\n")
            print(f"wrote {args.json}", file=log)
    if args.json != "-":
        print_table(results, args.cxx_api)
    return 0


def run_benchmark(name, d, bargs, built, args, log):
    """Times one row; returns its JSON-able result."""
    res = {"name": name}
    exes = {}
    for c in COMPILERS:
        exe, err = built[(c, d)]
        res[c] = {"status": "ok" if exe else "build failed", "error": err,
                  "times": [], "rss_kib": None, "median": None,
                  "size": exe.stat().st_size if exe else None}
        if exe:
            exes[c] = exe
    runners = list(COMPILERS)
    if args.cxx:
        exe, err, names = args.cxx
        if exe and name in names:
            res[CXX] = {"status": "ok", "error": "", "times": [], "rss_kib": None, "median": None}
            exes[CXX] = exe
        else:
            status = "-" if exe else "build failed"
            res[CXX] = {"status": status, "error": err, "times": [], "rss_kib": None, "median": None}
        runners.append(CXX)
    print(f"running {name} ...", file=log, flush=True)
    outputs = {}
    order = [c for c in runners if c in exes]
    for i in range(args.warmup + args.runs):
        # Rotate the order each round so no compiler always runs first.
        for c in order[i % len(order):] + order[:i % len(order)] if order else []:
            r = res[c]
            if r["status"] != "ok":
                continue
            run_args = runtime_bench_args(name) if c == CXX else bargs
            secs, rss, code, out = timed_run(exes[c], run_args, args.timeout, args.measure)
            if code is None:
                r["status"], r["error"] = "timeout", f"run exceeded {args.timeout:g}s"
                continue
            if code != 0:
                r["status"], r["error"] = f"exit {code}", f"run {i + 1} exited with status {code}"
                continue
            if c == CXX:
                # The benchmark checks its own result; its output is JSON.
                secs, err = runtime_bench_time(out)
                if secs is None:
                    r["status"], r["error"] = "failed", err
                    continue
                r["rss_kib"] = max(r["rss_kib"] or 0, rss)
                if i >= args.warmup:
                    r["times"].append(secs)
                continue
            outputs.setdefault(c, out)
            if out != outputs[c]:
                r["status"], r["error"] = "unstable", "output changed between runs"
            r["rss_kib"] = max(r["rss_kib"] or 0, rss)
            if i >= args.warmup:
                r["times"].append(secs)
    # Go's output is the reference; without a go binary, gccgo's.
    ref = outputs.get("go", outputs.get("gccgo"))
    if CXX in res and res[CXX]["times"]:
        res[CXX]["median"] = statistics.median(res[CXX]["times"])
    for c in COMPILERS:
        r = res[c]
        if r["status"] == "ok" and ref is not None and outputs.get(c) != ref:
            r["status"] = "wrong output"
            r["error"] = f"printed {outputs.get(c, b'')[:60]!r}, go printed {ref[:60]!r}"
        if r["times"]:
            r["median"] = statistics.median(r["times"])
        r["output"] = outputs.get(c, b"").decode("utf-8", "replace")
    pairs = [("gocxx", "go"), ("gocxx", "gccgo")] + ([(CXX, "go")] if CXX in res else [])
    for mine, other in pairs:
        a, b = res[mine], res[other]
        ok = a["status"] == "ok" and b["status"] == "ok" and a["median"] and b["median"]
        res[f"{mine}/{other}"] = a["median"] / b["median"] if ok else None
    return res


def print_table(results, cxx_api=False):
    runners = COMPILERS + ([CXX] if cxx_api else [])
    title = {"gocxx": "gocxx", "go": "go", "gccgo": "gccgo", CXX: "C++ API"}
    ratios = [("gocxx", "go"), ("gocxx", "gccgo")] + ([(CXX, "go")] if cxx_api else [])
    cols = (["benchmark"] + [title[c] for c in runners] +
            [f"{title[a]}/{b}" for a, b in ratios] + [f"RSS {title[c]}" for c in runners] +
            [f"size {c}" for c in COMPILERS])
    table = []
    notes = []
    for r in results:
        row = [r["name"]]
        for c in runners:
            st = r[c]["status"]
            row.append(fmt_time(r[c]["median"]) if st == "ok" else st)
            if st not in ("ok", "-"):
                notes.append(f"{r['name']}: {title[c]}: {st}: {r[c]['error']}")
        for a, b in ratios:
            ratio = r.get(f"{a}/{b}")
            row.append("-" if ratio is None else f"{ratio:.2f}x")
        for c in runners:
            row.append(fmt_rss(r[c]["rss_kib"]) if r[c]["status"] == "ok" else "-")
        for c in COMPILERS:
            size = r[c].get("size")
            row.append("-" if size is None else f"{size / 1e6:.1f}MB")
        table.append(row)
    # Geometric means of each ratio column over the rows that have it, for
    # all rows and for the sequential ones (no goroutines: see SEQUENTIAL).
    for label, pick in (("geomean", lambda r: True),
                        ("geomean sequential", lambda r: r["name"].split("/")[0] in SEQUENTIAL)):
        picked = [r for r in results if pick(r)]
        if not picked:
            continue
        row = [label] + [""] * len(runners)
        for a, b in ratios:
            xs = [r[f"{a}/{b}"] for r in picked if r.get(f"{a}/{b}")]
            row.append(f"{statistics.geometric_mean(xs):.2f}x" if xs else "-")
        row += [""] * (len(runners) + len(COMPILERS))
        table.append(row)
    widths = [max(len(str(x)) for x in col) for col in zip(cols, *table)]
    line = lambda xs: "  ".join(  # noqa: E731
        str(x).ljust(w) if i == 0 else str(x).rjust(w) for i, (x, w) in enumerate(zip(xs, widths)))
    print()
    print(line(cols))
    print("  ".join("-" * w for w in widths))
    for row in table:
        print(line(row))
    if notes:
        print()
        for n in notes:
            print(n[:300])


if __name__ == "__main__":
    sys.exit(main())
