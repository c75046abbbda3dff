// Lowering of checked packages to C++20 text: one header and one source file
// per package, plus the program entry for package main. Output is
// deterministic and in source order; `#line` directives map it back to Go.
#pragma once

#include <istream>
#include <string>
#include <unordered_map>
#include <vector>

#include "gocxx/frontend/source.h"
#include "gocxx/frontend/types/package.h"

namespace gocxx::codegen {

// Escape analysis tags (codegen/lib/escape.h): per function ("path.F",
// "path.T.M"), two per parameter, the receiver first: after how many
// dereferences its value reaches the heap, and the function's results
// (-1: never).
using EscapeTags = std::unordered_map<std::string, std::vector<int>>;

// Reads the tags at the top of a package's header (see emitPackage) into
// tags; it stops at the first other line.
void readEscapeTags(std::istream &header, EscapeTags &tags);

struct EmitOptions {
  bool lineDirectives = true;
  // The tags of the packages emitted or read before, which calls into them
  // use; emitPackage adds the package's own. Null: calls into other packages
  // are taken to leak their arguments.
  EscapeTags *escapeTags = nullptr;
  // Where //gocxx:include finds a header that is not next to its Go file.
  std::vector<std::string> includeDirs;
};

struct EmittedFile {
  std::string name; // file name relative to the output directory
  std::string text;
};

struct EmittedPackage {
  EmittedFile header;
  EmittedFile source;
  // `file:line:col: error: unsupported: ...` lines for constructs codegen
  // cannot lower yet; non-empty means the output must not be compiled.
  std::string errors;
  // `<name>_export.h`: the C++ declarations of the //export functions
  // (empty name: the package has none).
  EmittedFile exportHeader;
  // Each //gocxx:extern function's C++ call is one line of the source: a
  // C++ error there is the user's (the C++ function does not match).
  struct Extern {
    int line = 0;         // in source.text
    std::string position; // file:line:col of the directive, as reported
    std::string cxxName;  // the directive's argument, quoted
  };
  std::vector<Extern> externs;
  // The C++ headers of the user's that the source includes
  // (//gocxx:include), as absolute paths.
  std::vector<std::string> cxxHeaders;
};

// The C++ identifier codegen gives a Go identifier (keywords and reserved
// names get a trailing underscore).
std::string cxxIdentifier(std::string_view goName);

// The C++ namespace of a package: "gopkg::" + the import path with '/' as "::".
std::string packageNamespace(const types::Package &pkg);

EmittedPackage emitPackage(const types::Package &pkg, const types::Info &info, const FileSet &fset,
                           const EmitOptions &opts);

// The name of a package's header (relative to the output directory), as
// emitPackage names it and importers include it.
std::string headerFileName(const types::Package &pkg);

// `int main` for a command: runs the runtime with the package's init and main.
EmittedFile emitEntry(const types::Package &mainPkg, const std::vector<types::Package *> &all);

// The entry of a library (-buildmode=c-archive): the packages' initialisation,
// run when the program that links the library is loaded.
EmittedFile emitLibraryEntry(const types::Package &pkg);

} // namespace gocxx::codegen
