// Helpers shared by the front-end unit tests: parse a string, collect the
// printed diagnostics, dump a tree.
#pragma once

#include <sstream>
#include <string>

#include "gocxx/frontend/ast.h"
#include "gocxx/frontend/diagnostics.h"
#include "gocxx/frontend/dump.h"
#include "gocxx/frontend/parser.h"

namespace gocxx::test {

struct Parsed {
  FileSet fset;
  DiagnosticEngine diags{fset};
  ast::Context ctx;
  ast::File *file = nullptr;

  explicit Parsed(const std::string &src, const std::string &name = "x.go") {
    SourceFile *sf = fset.addFile(name, src);
    file = parseFile(ctx, fset, sf, diags);
  }
  // errors returns the printed diagnostics (gc's limit of 10 applies).
  std::string errors() const {
    std::ostringstream os;
    diags.print(os);
    return os.str();
  }
  std::string dump() const {
    std::ostringstream os;
    dumpFile(file, fset, os);
    return os.str();
  }
};

// parseBody parses src as the body of a function and returns the result.
inline std::string wrapBody(const std::string &body) {
  return "package p\nfunc f() {\n" + body + "\n}\n";
}

} // namespace gocxx::test
