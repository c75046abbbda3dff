// What `gocxx test` builds around a package's tests, as the go command does:
// the package's _test.go files sorted into its own (package p) and its
// external test package's (package p_test), their Test, Benchmark, Fuzz and
// Example functions and TestMain, and the generated main package that hands
// them to Go's testing package (go test's _testmain.go).
#pragma once

#include <string>
#include <vector>

namespace gocxx::tools {

struct TestScan {
  std::vector<std::string> testFiles;  // package p
  std::vector<std::string> xtestFiles; // package p_test
  struct Func {
    std::string name;
    bool external = false; // in p_test
  };
  // Examples with an output comment (the others are compiled, not run).
  struct Example : Func {
    std::string output;
    bool unordered = false;
  };
  std::vector<Func> tests, benchmarks, fuzzTargets;
  std::vector<Example> examples;
  bool hasTestMain = false;
  Func testMain;
};

// Reads the _test.go files of package pkgName (internal first, each in
// declaration order, as go test orders them). Problems (a test file of a
// third package, a wrong signature, two TestMains) are appended to errors
// as "file:line:col: message", gc's wording.
void scanTests(const std::vector<std::string> &files, const std::string &pkgName, TestScan &scan,
               std::vector<std::string> &errors);

// The generated main package for the package at importPath.
std::string testMainSource(const std::string &importPath, const TestScan &scan);

} // namespace gocxx::tools
