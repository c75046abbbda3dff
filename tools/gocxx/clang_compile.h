// The C++ step of the pipeline: compiles emitted C++ to objects with Clang's
// libraries in this process, precompiles the runtime header, and links
// through Clang's driver (lld). An external compiler (--cxx=PATH) can stand
// in for compiling and linking.
#pragma once

#include <string>
#include <vector>

namespace gocxx::tools {

struct CxxOptions {
  std::string externalCxx; // --cxx=PATH; empty means in-process Clang
  int optLevel = 2;        // -O0..-O3
  std::string sanitize;    // --sanitize=LIST (address, undefined); empty means none
  std::vector<std::string> includeDirs;
  // Searched too when compiling units, but not part of the language flags
  // (the work directory's "gopkg/" headers: a new directory every build).
  std::vector<std::string> unitIncludeDirs;
  std::vector<std::string> libDirs;
  std::vector<std::string> libs; // without -l
  std::string pch;               // -include-pch this file; empty means none
  bool verbose = false;
};

// The flags that decide how a translation unit is parsed and code-generated
// (-std, -O, -g, -I ...). A precompiled header is only valid for units built
// with exactly these, so they are part of its cache key.
std::vector<std::string> cxxLanguageFlags(const CxxOptions &opts);

// The version of the in-process Clang, e.g. "Debian clang version 19.1.7 ...".
std::string clangVersion();

// Compiles `source` (a .cpp file) to the object file `object`. On failure,
// returns false and leaves Clang's diagnostics in `errors`; `pchRefused`, if
// given, then tells whether the failure was Clang refusing opts.pch
// (damaged, missing, or built from headers that changed since).
bool compileCxx(const CxxOptions &opts, const std::string &source, const std::string &object,
                std::string &errors, bool *pchRefused = nullptr);

// Precompiles the header `header` into `pch` with the in-process Clang and
// cxxLanguageFlags(opts), instantiating its templates once
// (-fpch-instantiate-templates) so that every user skips that work too.
bool precompileHeader(const CxxOptions &opts, const std::string &header, const std::string &pch,
                      std::string &errors);

// Links `objects` into the executable `output` against the runtime libraries.
bool linkExecutable(const CxxOptions &opts, const std::vector<std::string> &objects,
                    const std::string &output, std::string &errors);

// Writes the static library `output` holding `objects` and every member of
// the archives `libs` (llvm-ar's MRI script; `script` is where it goes).
bool makeArchive(const std::vector<std::string> &objects, const std::vector<std::string> &libs,
                 const std::string &output, const std::string &script, bool verbose,
                 std::string &errors);

} // namespace gocxx::tools
