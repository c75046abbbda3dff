#!/usr/bin/env python3
"""gocxx's CMake package from an installed tree: installs the build into a
temporary prefix, then configures examples/cmake (a copy) against it with
find_package(gocxx), for Ninja and for Unix Makefiles, and checks that

  - the program builds and prints what go run prints;
  - a second build with nothing changed does nothing (ninja -n: no work);
  - touching a Go file of an imported package rebuilds the program (ninja
    -d explain names that file), and touching an unrelated file does not;
  - a second `gocxx emit` of unchanged input leaves every file's time alone
    (test/lit/driver/depfile.go checks the same in lit).

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


def sh(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


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
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
