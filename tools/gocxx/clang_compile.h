// The C++ step of the pipeline: compiles emitted C++ to objects with Clang's
// libraries in this process, and links through Clang's driver (lld). An
// external compiler (--cxx=PATH) can stand in for both.
#pragma once

#include <string>
#include <vector>

namespace gocxx::tools {

struct CxxOptions {
  std::string externalCxx;          // --cxx=PATH; empty means in-process Clang
  int optLevel = 2;                 // -O0..-O3
  std::vector<std::string> includeDirs;
  std::vector<std::string> libDirs;
  std::vector<std::string> libs;    // without -l
  bool verbose = false;
};

// Compiles `source` (a .cpp file) to the object file `object`. On failure,
// returns false and leaves Clang's diagnostics in `errors`.
bool compileCxx(const CxxOptions& opts, const std::string& source,
                const std::string& object, std::string& errors);

// Links `objects` into the executable `output` against the runtime libraries.
bool linkExecutable(const CxxOptions& opts,
                    const std::vector<std::string>& objects,
                    const std::string& output, std::string& errors);

}  // namespace gocxx::tools
