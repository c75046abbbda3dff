# lit configuration for gocxx: RUN lines use %gocxx (the built driver) and
# FileCheck / not from LLVM 19's tools.
import os
import lit.formats

config.name = "gocxx"
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".go"]
config.excludes = ["Inputs"]
config.test_source_root = os.path.dirname(__file__)

build_dir = lit_config.params.get("build_dir") or os.environ.get("GOCXX_BUILD_DIR") or \
    os.path.join(os.path.dirname(__file__), "..", "..", "build")
build_dir = os.path.abspath(build_dir)
config.test_exec_root = os.path.join(build_dir, "test", "lit")

llvm_bin = "/usr/lib/llvm-19/bin"
config.substitutions.append(("%gocxx", os.path.join(build_dir, "bin", "gocxx")))
config.environment["PATH"] = os.pathsep.join([llvm_bin, config.environment.get("PATH", "/usr/bin:/bin")])
for var in ["HOME", "TMPDIR", "GOMAXPROCS"]:
    if var in os.environ:
        config.environment[var] = os.environ[var]
