// The Driver runs the pipeline of DESIGN.md for one command: load and check
// the packages, emit C++ for each, compile and link it with Clang, run the
// result. It owns the work directory and turns every failure into one line
// on stderr and an exit status.
#pragma once

#include <string>
#include <vector>

namespace gocxx::tools {

struct DriverOptions {
  std::string argv0;
  std::string output;                   // -o
  std::string externalCxx;              // --cxx=PATH
  std::string depfile;                  // --depfile FILE (emit, build)
  std::vector<std::string> programArgs; // after the package, for run
  int optLevel = 2;
  std::string sanitize;          // --sanitize=address,undefined
  std::vector<std::string> tags; // -tags a,b: extra build tags
  // -buildmode=c-archive: a static library of the package (and everything it
  // needs) with `<name>_export.h` for its //export functions, not a program.
  bool archive = false;
  std::vector<std::string> includeDirs; // -I DIR: //gocxx:include's headers
  // .cpp/.cc/.o/.a files given with the Go files (build, run): C++ that
  // //gocxx:extern functions call, compiled and linked into the program.
  std::vector<std::string> cxxInputs;
  bool verbose = false;
  bool allErrors = false;      // -e: no limit of 10 errors
  bool externalBodies = false; // --external-bodies: gc without -complete
  bool keepWork = false;
  bool lineDirectives = true;
  bool dumpAst = false;
  std::vector<std::string> testArgs; // test: the test binary's arguments (-test.v=true, ...)
  bool testVerbose = false;          // test: -v
  bool testStream = false;           // test: -bench or -list (output always shown)
};

class Driver {
public:
  explicit Driver(DriverOptions opts);
  ~Driver();

  int parse(const std::vector<std::string> &files);
  int check(const std::vector<std::string> &inputs);
  int emit(const std::vector<std::string> &inputs);
  int build(const std::vector<std::string> &inputs);
  int run(const std::vector<std::string> &inputs);
  // gocxx test: builds each package's test binary and runs it, printing
  // go test's summary lines; 1 if any package failed.
  int test(const std::vector<std::string> &patterns);
  // Removes (or, with --keep-work, names) the work directory now, as the
  // destructor would: for a caller that ends the process without one.
  void releaseWorkDir();

private:
  friend int buildPattern(const DriverOptions &opts, const std::string &pattern);
  struct Impl;
  Impl *impl_;
};

} // namespace gocxx::tools
