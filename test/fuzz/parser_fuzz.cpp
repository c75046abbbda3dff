// libFuzzer target for the scanner and parser: any input must parse (with
// diagnostics) without crashing, hanging, or tripping ASan/UBSan, and the
// resulting tree must be dumpable and printable.
//
// Build: cmake -DGOCXX_FUZZ=ON ... && ninja parser_fuzz
// Run:   ./parser_fuzz -max_len=4096 corpus/   (seed corpus: any .go files)
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "gocxx/frontend/ast.h"
#include "gocxx/frontend/diagnostics.h"
#include "gocxx/frontend/dump.h"
#include "gocxx/frontend/exprstring.h"
#include "gocxx/frontend/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  gocxx::FileSet fset;
  gocxx::DiagnosticEngine diags(fset);
  gocxx::ast::Context ctx;
  gocxx::SourceFile *sf =
      fset.addFile("fuzz.go", std::string(reinterpret_cast<const char *>(data), size));
  gocxx::ast::File *f = gocxx::parseFile(ctx, fset, sf, diags);
  std::ostringstream os;
  gocxx::dumpFile(f, fset, os);
  diags.print(os);
  // Every node must start within the file (or at NoPos) and not end before
  // it starts. (Ends may lie past EOF where recovery synthesized a token.)
  gocxx::ast::inspect(f, [&](gocxx::ast::Node *n) {
    if (!n)
      return true;
    gocxx::Pos p = n->pos(), e = n->end();
    if (p != gocxx::NoPos && !sf->contains(p))
      __builtin_trap();
    if (p != gocxx::NoPos && e != gocxx::NoPos && e < p)
      __builtin_trap();
    if (auto *x = gocxx::ast::dyn_cast<gocxx::ast::Expr>(n))
      (void)gocxx::exprString(x);
    return true;
  });
  return 0;
}
