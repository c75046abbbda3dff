// Build constraints and package file selection, as go/build does them.
//
// A file takes part in a build if its name's _GOOS/_GOARCH suffixes match,
// its //go:build line (or, lacking one, its legacy "// +build" lines) is
// satisfied, and -- with cgo off -- it does not import "C". gocxx targets
// linux/amd64 with cgo off; the "gc" tag is set because gocxx compiles
// gc's standard library sources, and go1.1 ... go1.19 release tags hold.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gocxx {

// The command's -tags, which every context starts with (go/build's
// build.Default carries them the same way). Set once, before any loading.
void setCommandTags(std::vector<std::string> tags);
const std::vector<std::string> &commandTags();

struct BuildContext {
  std::string goos = "linux";
  std::string goarch = "amd64";
  std::string compiler = "gc";
  bool cgoEnabled = false;
  int goMinor = 19;                              // go1.1 ... go1.<goMinor> release tags hold
  std::vector<std::string> tags = commandTags(); // extra tags (-tags, a package's build.txt)
};

// matchTag reports whether a single build tag is satisfied ("linux",
// "unix", "amd64", "gc", "go1.18", "cgo", or one of ctx.tags).
bool matchTag(std::string_view tag, const BuildContext &ctx = {});

// evalGoBuildExpr evaluates a //go:build expression ("linux && !cgo").
// ok is set to false on a syntax error (the result is then false).
bool evalGoBuildExpr(std::string_view expr, const BuildContext &ctx = {}, bool *ok = nullptr);

// evalPlusBuildLine evaluates the text after "// +build" (space = or,
// comma = and, ! = not).
bool evalPlusBuildLine(std::string_view line, const BuildContext &ctx = {});

// matchFileName reports whether a file name's _GOOS, _GOARCH suffixes match
// (go/build's goodOSArchFile). It does not look at _test or leading _ or .
bool matchFileName(std::string_view name, const BuildContext &ctx = {});

// matchBuildConstraints reports whether the //go:build line, or lacking
// one the "// +build" lines, in the file's leading comments are satisfied.
bool matchBuildConstraints(std::string_view content, const BuildContext &ctx = {});

// shouldBuild combines the rules for one file: not _test.go (with tests:
// only _test.go), no leading _ or ., file name suffixes, build constraints,
// and (cgo off) no import "C".
bool shouldBuild(std::string_view fileName, std::string_view content, const BuildContext &ctx = {},
                 bool tests = false);

// listPackageFiles returns the paths (dir + "/" + name) of the .go files
// Go would compile for the package in dir, sorted by name, excluding
// _test.go files. Returns an empty list if dir cannot be read.
std::vector<std::string> listPackageFiles(const std::string &dir, const BuildContext &ctx = {});

// listTestFiles is listPackageFiles for the package's _test.go files (of
// the package itself and of its external test package).
std::vector<std::string> listTestFiles(const std::string &dir, const BuildContext &ctx = {});

// hasAssemblyFiles reports whether dir holds .s files Go would assemble for
// ctx (by file name and build constraints).
bool hasAssemblyFiles(const std::string &dir, const BuildContext &ctx = {});

} // namespace gocxx
