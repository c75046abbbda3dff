// Escape analysis: which variables whose address is taken, and which
// `p := new(T)` and `p := &T{...}` allocations, may live in their function's
// C++ frame rather than on the collected heap. The model is gc's
// (cmd/compile/internal/escape): values flow between locations through
// assignments, calls, returns and stores, each flow with a dereference count
// (-1 for &x, 0 for a copy, k for k loads); a location escapes when its
// address reaches the heap or a location that outlives it (one declared in
// an enclosing block, or a loop body's variable held past its iteration).
// Anything the analysis does not model flows to the heap, so it errs only
// towards the heap.
//
// A call uses its callee's tags: for each parameter, after how many
// dereferences its value reaches the heap, or that it does not. A package's
// tags are written at the top of its header, where the analyses of the
// packages that import it read them.
#pragma once

#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "gocxx/codegen/emit.h"
#include "gocxx/frontend/ast.h"
#include "gocxx/frontend/types/object.h"
#include "gocxx/frontend/types/package.h"

namespace gocxx::codegen {

// Whether values of type t hold no pointers.
bool pointerFree(types::Type *t);

class EscapeAnalysis {
public:
  EscapeAnalysis(const types::Package &pkg, const types::Info &info, EscapeTags &tags);

  // Analyses fn's body with the function literals in it (once).
  void analyze(const types::Func *fn, const ast::FuncDecl *fd);
  // Whether an address-taken local (analysed) stays in its frame.
  bool onStack(const types::Var *v) const { return stackVars_.count(v) != 0; }
  // Whether an allocation (the new call, or &T{...}'s composite literal)
  // stays in its frame.
  bool onStack(const ast::Expr *site) const { return stackSites_.count(site) != 0; }
  // Whether a variable its closures capture is copied into them rather
  // than shared with them: gc's rule, for a variable (analysed) that nothing
  // assigns after its definition and whose address is never taken.
  bool byValue(const types::Var *v) const { return byValue_.count(v) != 0; }

  // The package's tags as header lines ("//escape-tags KEY H0 R0 H1 R1 ...":
  // per parameter, the dereferences after which it reaches the heap and the
  // function's results, -1 for never).
  std::string summary() const;
  // The tags' key of a function or concrete method ("" for other functions).
  static std::string key(const types::Func *fn);

  // The callee's tags, or nullptr (unknown: every argument leaks).
  const std::vector<int> *tagsOf(const types::Func *fn);

private:
  class Graph;

  const types::Info &info_;
  EscapeTags &tags_;
  std::unordered_map<std::string, std::pair<const types::Func *, const ast::FuncDecl *>> decls_;
  std::set<std::string> started_; // this package's functions analysed or being analysed
  std::unordered_set<const types::Var *> stackVars_;
  std::unordered_set<const ast::Expr *> stackSites_;
  std::unordered_set<const types::Var *> byValue_;

  void captureModes(const types::Func *fn, const ast::FuncDecl *fd);
};

} // namespace gocxx::codegen
