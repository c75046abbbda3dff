// The Go parser: builds a go/ast-shaped tree for one source file.
//
// It accepts the whole Go 1.19 grammar, generics included. Its error
// handling follows gc (cmd/compile/internal/syntax): messages are gc's
// ("syntax error: unexpected newline, expecting comma or }"), recovery skips
// to the same synchronisation tokens, and Bad* nodes stand in for what could
// not be parsed, so a tree is always returned and never has null where
// ast.h promises a node.
#pragma once

#include <string_view>

#include "gocxx/frontend/ast.h"
#include "gocxx/frontend/diagnostics.h"
#include "gocxx/frontend/source.h"

namespace gocxx {

struct ParseMode {
  bool packageClauseOnly = false; // stop after the package clause
  bool importsOnly = false;       // stop after the import declarations
  bool skipComments = false;      // do not build comment groups (doc fields stay nullptr)
};

// parseFile parses file (which must belong to fset) and returns its AST,
// allocated in ctx. Errors go to diags. The result is never nullptr; if
// the package clause is missing, File::name is an Ident "_" and the file has
// no declarations.
ast::File *parseFile(ast::Context &ctx, FileSet &fset, SourceFile *file, DiagnosticEngine &diags,
                     ParseMode mode = {});

// parseExpr parses src as a single expression (for tests and tools); the
// source is added to fset under the name "<expr>".
ast::Expr *parseExpr(ast::Context &ctx, FileSet &fset, std::string_view src,
                     DiagnosticEngine &diags);

} // namespace gocxx
