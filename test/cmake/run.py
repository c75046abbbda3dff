#!/usr/bin/env python3
"""gocxx's CMake package from an installed tree: installs the build into a
temporary prefix, then configures examples/cmake (a copy) against it with
find_package(gocxx), for Ninja and for Unix Makefiles, and checks that

  - the program builds and prints what go run prints;
  - a second build with nothing changed does nothing (ninja -n: no work);
  - touching a Go file of an imported package rebuilds the program (ninja
    -d explain names that file), and touching an unrelated file does not;
  - a second `gocxx emit` of unchanged input leaves every file's time alone
    (test/lit/driver/depfile.go checks the same in lit);
  - examples/cmake-interop, a C++ program linking a Go package built with
    gocxx_add_library (C++ calls Go from four threads, Go calls back into
    C++), builds with Ninja and prints what it should; touching its Go file
    rebuilds the library and relinks, touching its C++ file does not run
    gocxx.

  test/cmake/run.py [--gocxx PATH] [--build-dir DIR]

The last line is `N passed, M failed`.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
EXAMPLE = os.path.join(TOP, "examples", "cmake")
EXPECTED = "hello, cmake; hello, ninja; hello, make\n"
INTEROP = os.path.join(TOP, "examples", "cmake-interop")
# The Go side's texts (strconv's error, the runtime's panic) are Go's own.
INTEROP_EXPECTED = """score: 42
host: 8 words, 5 distinct
top: the and
port 8080
error: port "http": strconv.Atoi: parsing "http": invalid syntax
error: port 70000: port out of range
caught a Go panic: runtime error: integer divide by zero
squares: 1 4 9 16
1000 scores from 4 threads: 42000
"""


def sh(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def interop(work, prefix, check):
    src = os.path.join(work, "src-interop")
    shutil.copytree(INTEROP, src)
    mk = os.path.join(work, "build-interop-make")
    p = sh(["cmake", "-S", src, "-B", mk, "-G", "Unix Makefiles", f"-DCMAKE_PREFIX_PATH={prefix}",
            "-DCMAKE_CXX_COMPILER=clang++-19"])
    p = p if p.returncode else sh(["cmake", "--build", mk])
    out = sh([os.path.join(mk, "interop")]) if p.returncode == 0 else p
    check(p.returncode == 0 and out.stdout == INTEROP_EXPECTED, "interop: Unix Makefiles build and output",
          p.stdout + p.stderr + out.stdout)
    bld = os.path.join(work, "build-interop")
    p = sh(["cmake", "-S", src, "-B", bld, "-G", "Ninja", f"-DCMAKE_PREFIX_PATH={prefix}",
            "-DCMAKE_CXX_COMPILER=clang++-19"])
    if not check(p.returncode == 0, "interop: configure with gocxx_add_library", p.stdout + p.stderr):
        return
    p = sh(["cmake", "--build", bld])
    if not check(p.returncode == 0, "interop: build", p.stdout + p.stderr):
        return
    out = sh([os.path.join(bld, "interop")])
    check(out.stdout == INTEROP_EXPECTED and out.returncode == 0, "interop: the program's output",
          f"got {out.stdout!r}, stderr {out.stderr!r}, exit {out.returncode}")
    p = sh(["ninja", "-C", bld, "-n"])
    check("no work to do" in p.stdout, "interop: nothing to do when nothing changed", p.stdout)
    os.utime(os.path.join(src, "stats", "stats.go"))
    p = sh(["ninja", "-C", bld, "-n", "-d", "explain"])
    check("gocxx build -buildmode=c-archive stats" in p.stdout and "Linking CXX executable interop" in p.stdout
          and "main.cpp" not in p.stdout,
          "interop: touching the Go file rebuilds the library and relinks, and nothing else",
          p.stdout + p.stderr)
    sh(["ninja", "-C", bld])
    os.utime(os.path.join(src, "host", "host.h"))
    p = sh(["ninja", "-C", bld, "-n"])
    check("gocxx build -buildmode=c-archive stats" in p.stdout,
          "interop: touching the header that //gocxx:include names rebuilds the library", p.stdout)
    sh(["ninja", "-C", bld])
    os.utime(os.path.join(src, "host", "host.cpp"))
    p = sh(["ninja", "-C", bld, "-n"])
    check("host.cpp" in p.stdout and "gocxx build" not in p.stdout,
          "interop: touching a C++ file does not run gocxx", p.stdout)
    # Two clean builds with ccache as the compiler launcher: the second is
    # all hits, and its gocxx step compiles no C++ (gocxx's own cache).
    # (Two build directories: ccache's base_dir makes their paths relative.)
    env = dict(os.environ, CCACHE_DIR=os.path.join(work, "ccache"), CCACHE_BASEDIR=work)
    stats = {}
    for n in (1, 2):
        cb = os.path.join(work, f"build-ccache{n}")
        p = sh(["cmake", "-S", src, "-B", cb, "-G", "Ninja", f"-DCMAKE_PREFIX_PATH={prefix}",
                "-DCMAKE_CXX_COMPILER=clang++-19", "-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"], env=env)
        sh(["ccache", "-z"], env=env)
        b = sh(["cmake", "--build", cb, "--", "-v"], env=env)
        s = sh(["ccache", "--print-stats"], env=env)
        stats[n] = dict(line.split("\t", 1) for line in s.stdout.splitlines() if "\t" in line)
        stats[n]["build"] = b
    hits = int(stats[2].get("direct_cache_hit", 0)) + int(stats[2].get("preprocessed_cache_hit", 0))
    misses = int(stats[2].get("cache_miss", 0))
    check(stats[2]["build"].returncode == 0 and hits == 2 and misses == 0,
          "interop: a second clean build with ccache is all hits (2 of 2)",
          f"hits {hits}, misses {misses}\n" + stats[2]["build"].stdout[-2000:])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gocxx", help="ignored: the installed tree's driver is tested")
    ap.add_argument("--build-dir", default=os.environ.get("GOCXX_BUILD_DIR", os.path.join(TOP, "build")))
    args = ap.parse_args()
    passed = failed = 0

    def check(ok, what, detail=""):
        nonlocal passed, failed
        if ok:
            passed += 1
            print(f"ok    {what}")
        else:
            failed += 1
            print(f"FAIL  {what}\n{detail}")
        return ok

    work = tempfile.mkdtemp(prefix="gocxx-cmake-")
    try:
        prefix = os.path.join(work, "prefix")
        p = sh(["cmake", "--install", args.build_dir, "--prefix", prefix])
        if not check(p.returncode == 0 and os.path.exists(os.path.join(prefix, "lib/cmake/gocxx/gocxxConfig.cmake")),
                     "cmake --install into a temporary prefix", p.stdout + p.stderr):
            print(f"{passed} passed, {failed} failed")
            return 1
        for gen, tool in (("Ninja", "ninja"), ("Unix Makefiles", "make")):
            src = os.path.join(work, f"src-{tool}")
            shutil.copytree(EXAMPLE, src)
            bld = os.path.join(work, f"build-{tool}")
            p = sh(["cmake", "-S", src, "-B", bld, "-G", gen, f"-DCMAKE_PREFIX_PATH={prefix}"])
            if not check(p.returncode == 0, f"{gen}: configure with find_package(gocxx)", p.stdout + p.stderr):
                continue
            p = sh(["cmake", "--build", bld])
            if not check(p.returncode == 0, f"{gen}: build", p.stdout + p.stderr):
                continue
            out = sh([os.path.join(bld, "bin", "hello")])
            check(out.stdout == EXPECTED and out.returncode == 0, f"{gen}: the program's output",
                  f"got {out.stdout!r}, exit {out.returncode}")
            if tool == "ninja":
                p = sh(["ninja", "-C", bld, "-n"])
                check("no work to do" in p.stdout, "Ninja: nothing to do when nothing changed", p.stdout)
                readme = os.path.join(src, "README.txt")
                with open(readme, "w") as f:
                    f.write("not a Go file\n")
                p = sh(["ninja", "-C", bld, "-n"])
                check("no work to do" in p.stdout, "Ninja: an unrelated file changes nothing", p.stdout)
                greet = os.path.join(src, "greet", "greet.go")
                os.utime(greet)
                p = sh(["ninja", "-C", bld, "-n", "-d", "explain"])
                check("greet.go" in p.stderr and "gocxx build hello" in p.stdout,
                      "Ninja: touching an imported package's file rebuilds the program", p.stdout + p.stderr)
                with open(greet) as f:
                    text = f.read()
                with open(greet, "w") as f:
                    f.write(text.replace('"hello, %s"', '"hi, %s"'))
                p = sh(["ninja", "-C", bld])
                out = sh([os.path.join(bld, "bin", "hello")])
                check(p.returncode == 0 and out.stdout == EXPECTED.replace("hello,", "hi,"),
                      "Ninja: the rebuilt program has the change", p.stdout + p.stderr + out.stdout)
            else:
                p = sh(["make", "-C", bld])
                check(p.returncode == 0 and "gocxx build hello" not in p.stdout,
                      "Make: nothing rebuilt when nothing changed", p.stdout + p.stderr)
                os.utime(os.path.join(src, "greet", "greet.go"))
                p = sh(["make", "-C", bld])
                check(p.returncode == 0 and "gocxx build hello" in p.stdout,
                      "Make: touching an imported package's file rebuilds the program",
                      p.stdout + p.stderr)
        interop(work, prefix, check)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
