// The gocxx command line: parses flags and hands each command to the Driver.
//
//   gocxx run   [flags] FILE.go|DIR [-- args]   translate, compile, link, run
//   gocxx build [flags] [-o OUT] FILE.go|DIR     a native executable (or a
//               static library for C++ with -buildmode=c-archive)
//   gocxx emit  [flags] [-o DIR] FILE.go|DIR     the generated C++
//   gocxx check [flags] FILE.go|DIR|PKG...|std   type-check only
//   gocxx parse [--dump] FILE...                  parse only
//   gocxx test  [flags] [PKG|DIR|./...] [test flags]  build and run tests
//   gocxx version | help
//
// Every failure is one clear line on stderr and a non-zero exit.
#include "driver.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <iostream>
#include <pthread.h>
#include <string>
#include <string_view>
#include <vector>

using gocxx::tools::Driver;
using gocxx::tools::DriverOptions;

namespace {

constexpr const char *kUsage = R"(gocxx compiles Go programs to C++20 and native binaries.

Usage:
  gocxx run   [flags] FILE.go|DIR [-- args...]   build and run a program
  gocxx build [flags] [-o OUT] FILE.go|DIR       build a native executable
  gocxx build [flags] [-o DIR/] ./...            build every package below (executables with -o DIR/)
  gocxx emit  [flags] [-o DIR] FILE.go|DIR       print or write the generated C++
  gocxx check [flags] FILE.go|DIR                type-check only
  gocxx check [flags] IMPORTPATH...|std          type-check standard-library packages
  gocxx test  [flags] [PKG|DIR|./...] [test flags] [-args ...]
                                                 build and run a package's tests (go test's
                                                 flags: -run, -v, -count, -bench, ...; -x
                                                 prints gocxx's steps)
  gocxx parse [--dump] FILE...                   parse only (--dump prints the AST)
  gocxx version                                  print the version
  gocxx help                                     print this help

Flags:
  -o PATH        output file (build) or directory (emit)
  -O0 ... -O3    C++ optimisation level (default -O2)
  -v             print each step
  -e             report all errors, not just the first 10
  -tags LIST     extra build tags, comma-separated, as go build's
  --external-bodies  (check) functions may lack bodies, defined in assembly
                 elsewhere, as for gc without -complete
  --keep-work    keep the work directory
  --no-line      emit no #line directives
  --sanitize=LIST  build with Clang's sanitizers: address, undefined or both
                 (address,undefined); any report ends the program
  --cxx=PATH     compile the C++ with an external compiler instead of in-process Clang
  --depfile FILE (emit, build) write a Make-style depfile: the output depends on every
                 Go file, go.mod and native file read
  -buildmode=c-archive  (build) a static library (-o libNAME.a, the default name)
                 for C++ programs, with NAME_export.h beside it declaring the
                 package's //export functions (gocxx/runtime/export.h)
  -I DIR         where //gocxx:include finds headers not next to the Go file
  FILE.cpp|.cc|.o|.a  (build, run) C++ that //gocxx:extern functions call,
                 compiled and linked with the program
)";

bool endsWith(const std::string &s, std::string_view suffix) {
  return s.size() > suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// C++ given to build or run beside the Go files (DriverOptions::cxxInputs).
bool isCxxInput(const std::string &arg) {
  for (const char *ext : {".cpp", ".cc", ".cxx", ".o", ".a"})
    if (endsWith(arg, ext))
      return true;
  return false;
}

int usageError(const std::string &message) {
  std::fprintf(stderr, "gocxx: %s\nrun 'gocxx help' for usage\n", message.c_str());
  return 2;
}

// -tags LIST or -tags=LIST (also --tags): a comma-separated list, or
// space-separated as older go commands took it. Returns false if arg is
// not the flag; sets error when its value is missing.
bool parseTagsFlag(int argc, char **argv, int &i, DriverOptions &opts, std::string &error) {
  std::string arg = argv[i], value;
  if (arg == "-tags" || arg == "--tags") {
    if (i + 1 >= argc) {
      error = "flag needs an argument: -tags";
      return true;
    }
    value = argv[++i];
  } else if (arg.rfind("-tags=", 0) == 0 || arg.rfind("--tags=", 0) == 0) {
    value = arg.substr(arg.find('=') + 1);
  } else {
    return false;
  }
  opts.tags.clear();
  char sep = value.find(',') != std::string::npos ? ',' : ' ';
  for (size_t start = 0; start <= value.size();) {
    size_t end = value.find(sep, start);
    if (end == std::string::npos)
      end = value.size();
    if (end > start)
      opts.tags.push_back(value.substr(start, end - start));
    start = end + 1;
  }
  return true;
}

// The checker and Clang recurse as deep as the source nests (a constant of
// thousands of concatenated strings, say), so commands run on a thread with a
// large stack; only the pages touched are ever committed.
constexpr size_t kStackSize = size_t(1) << 30;

int runWithLargeStack(std::function<int()> body) {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, kStackSize);
  struct Call {
    std::function<int()> body;
    int result = 0;
  } call{std::move(body)};
  pthread_t thread;
  auto entry = [](void *arg) -> void * {
    auto *c = static_cast<Call *>(arg);
    c->result = c->body();
    return nullptr;
  };
  if (pthread_create(&thread, &attr, entry, &call) != 0) {
    pthread_attr_destroy(&attr);
    return call.body(); // no thread: run here with the default stack
  }
  pthread_attr_destroy(&attr);
  pthread_join(thread, nullptr);
  return call.result;
}

// gocxx test [build flags] [packages] [test flags] [-args ...]: go test's
// flags become the test binary's -test.* flags; gocxx's own build flags are
// as for build, with -x for the steps (-v is the tests').
int parseTestArgs(int argc, char **argv, DriverOptions &opts, std::vector<std::string> &pkgs) {
  static const std::vector<std::string> valued = {
      "bench", "benchtime", "count",   "cpu",          "list",       "parallel",  "run",
      "skip",  "timeout",   "shuffle", "blockprofile", "cpuprofile", "memprofile"};
  static const std::vector<std::string> boolean = {"v", "short", "failfast", "benchmem"};
  auto has = [](const std::vector<std::string> &list, const std::string &name) {
    return std::find(list.begin(), list.end(), name) != list.end();
  };
  for (int i = 2; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "-args" || arg == "--args") {
      for (++i; i < argc; ++i)
        opts.testArgs.push_back(argv[i]);
      break;
    }
    if (arg.size() < 2 || arg[0] != '-') {
      pkgs.push_back(arg);
      continue;
    }
    if (arg.size() == 3 && arg.compare(0, 2, "-O") == 0 && arg[2] >= '0' && arg[2] <= '3') {
      opts.optLevel = arg[2] - '0';
      continue;
    }
    if (arg == "-x") {
      opts.verbose = true;
      continue;
    }
    std::string error;
    if (parseTagsFlag(argc, argv, i, opts, error)) {
      if (!error.empty())
        return usageError(error);
      continue;
    }
    if (arg == "--keep-work") {
      opts.keepWork = true;
      continue;
    }
    if (arg == "--no-line") {
      opts.lineDirectives = false;
      continue;
    }
    if (arg.compare(0, 11, "--sanitize=") == 0) {
      opts.sanitize = arg.substr(11);
      continue;
    }
    if (arg.compare(0, 6, "--cxx=") == 0) {
      opts.externalCxx = arg.substr(6);
      continue;
    }
    std::string name = arg.substr(arg[1] == '-' ? 2 : 1), value;
    size_t eq = name.find('=');
    bool hasValue = eq != std::string::npos;
    if (hasValue) {
      value = name.substr(eq + 1);
      name = name.substr(0, eq);
    }
    if (has(boolean, name)) {
      std::string v = hasValue ? value : "true";
      opts.testArgs.push_back("-test." + name + "=" + v);
      if (name == "v")
        opts.testVerbose = v == "true";
    } else if (has(valued, name)) {
      if (!hasValue) {
        if (i + 1 >= argc)
          return usageError("flag needs an argument: -" + name);
        value = argv[++i];
      }
      opts.testArgs.push_back("-test." + name + "=" + value);
      if (name == "bench" || name == "list")
        opts.testStream = true;
    } else {
      return usageError("flag provided but not defined: " + arg);
    }
  }
  return 0;
}

} // namespace

int main(int argc, char **argv) {
  if (argc < 2) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  std::string command = argv[1];
  if (command == "help" || command == "-h" || command == "--help") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (command == "version" || command == "--version") {
    std::printf("gocxx version %s (Go 1.19, clang 19)\n", GOCXX_VERSION);
    return 0;
  }
  const std::vector<std::string> commands = {"run", "build", "emit", "check", "parse", "test"};
  if (std::find(commands.begin(), commands.end(), command) == commands.end())
    return usageError("unknown command \"" + command + "\"");

  DriverOptions opts;
  opts.argv0 = argv[0];
  std::vector<std::string> inputs;
  if (command == "test") {
    if (int status = parseTestArgs(argc, argv, opts, inputs))
      return status;
    return runWithLargeStack([&] { return Driver(opts).test(inputs); });
  }
  for (int i = 2; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--") {
      if (command != "run")
        return usageError("'--' is only valid with run");
      for (++i; i < argc; ++i)
        opts.programArgs.push_back(argv[i]);
      break;
    }
    if (command == "run" && !inputs.empty() &&
        !(endsWith(inputs.back(), ".go") && (endsWith(arg, ".go") || isCxxInput(arg)))) {
      // As `go run`: everything after the package (a directory, or .go files
      // with the C++ files their //gocxx:extern functions call) is the program's.
      for (; i < argc; ++i)
        opts.programArgs.push_back(argv[i]);
      break;
    }
    std::string error;
    if (parseTagsFlag(argc, argv, i, opts, error)) {
      if (!error.empty())
        return usageError(error);
    } else if (arg == "-o") {
      if (i + 1 >= argc)
        return usageError("flag needs an argument: -o");
      opts.output = argv[++i];
    } else if (arg.size() == 3 && arg.compare(0, 2, "-O") == 0 && arg[2] >= '0' && arg[2] <= '3') {
      opts.optLevel = arg[2] - '0';
    } else if (arg == "-v") {
      opts.verbose = true;
    } else if (arg == "-e") {
      opts.allErrors = true;
    } else if (arg == "--external-bodies") {
      opts.externalBodies = true;
    } else if (arg == "--keep-work") {
      opts.keepWork = true;
    } else if (arg == "--no-line") {
      opts.lineDirectives = false;
    } else if (arg == "--dump" && command == "parse") {
      opts.dumpAst = true;
    } else if (arg.compare(0, 11, "--sanitize=") == 0) {
      opts.sanitize = arg.substr(11);
      std::string list = opts.sanitize;
      for (size_t start = 0; start <= list.size();) {
        size_t end = list.find(',', start);
        if (end == std::string::npos)
          end = list.size();
        std::string name = list.substr(start, end - start);
        if (name != "address" && name != "undefined")
          return usageError("--sanitize: unsupported sanitizer \"" + name +
                            "\" (address and undefined are)");
        start = end + 1;
      }
    } else if (arg.compare(0, 6, "--cxx=") == 0) {
      opts.externalCxx = arg.substr(6);
      if (opts.externalCxx.empty())
        return usageError("--cxx needs a path");
    } else if ((arg == "--depfile" || arg.compare(0, 10, "--depfile=") == 0) &&
               (command == "emit" || command == "build")) {
      if (arg == "--depfile") {
        if (i + 1 >= argc)
          return usageError("flag needs an argument: --depfile");
        opts.depfile = argv[++i];
      } else {
        opts.depfile = arg.substr(10);
      }
      if (opts.depfile.empty())
        return usageError("--depfile needs a path");
    } else if (arg == "-buildmode" || arg.compare(0, 11, "-buildmode=") == 0 ||
               arg.compare(0, 12, "--buildmode=") == 0) {
      std::string mode;
      if (arg == "-buildmode") {
        if (i + 1 >= argc)
          return usageError("flag needs an argument: -buildmode");
        mode = argv[++i];
      } else {
        mode = arg.substr(arg.find('=') + 1);
      }
      if (command != "build")
        return usageError("-buildmode is a flag of build");
      if (mode != "exe" && mode != "default" && mode != "c-archive")
        return usageError("-buildmode=" + mode + " not supported (exe and c-archive are)");
      opts.archive = mode == "c-archive";
    } else if (arg == "-I" || (arg.size() > 2 && arg.compare(0, 2, "-I") == 0)) {
      if (arg == "-I" && i + 1 >= argc)
        return usageError("flag needs an argument: -I");
      opts.includeDirs.push_back(arg == "-I" ? argv[++i] : arg.substr(2));
    } else if (arg.size() > 1 && arg[0] == '-') {
      return usageError("unknown flag " + arg);
    } else if (isCxxInput(arg) && (command == "build" || command == "run")) {
      opts.cxxInputs.push_back(arg);
    } else {
      inputs.push_back(arg);
    }
  }
  if (inputs.empty())
    return usageError("no Go files or package directory given");
  if (command != "parse" && command != "check" && inputs.size() > 1) {
    // All inputs must be .go files of one package, as for `go run a.go b.go`.
    for (const auto &in : inputs)
      if (!endsWith(in, ".go"))
        return usageError("more than one package directory given: " + in);
  }

  int status = runWithLargeStack([&] {
    // Not destroyed: freeing the loaded packages' trees one by one would
    // cost a run of hello.go a tenth of its time; the process ends here.
    Driver &driver = *new Driver(opts);
    int rc;
    if (command == "parse")
      rc = driver.parse(inputs);
    else if (command == "check")
      rc = driver.check(inputs);
    else if (command == "emit")
      rc = driver.emit(inputs);
    else if (command == "build")
      rc = driver.build(inputs);
    else
      rc = driver.run(inputs);
    driver.releaseWorkDir();
    return rc;
  });
  std::cout.flush();
  std::fflush(nullptr);
  std::_Exit(status);
}
