// checkBranches: gc's check of break, continue, fallthrough, goto and
// labels in one function body (cmd/compile/internal/syntax/branches.go),
// run by the parser on every function body that parsed without errors.
#pragma once

#include "gocxx/frontend/ast.h"
#include "gocxx/frontend/diagnostics.h"

namespace gocxx {

void checkBranches(ast::BlockStmt *body, const FileSet &fset, DiagnosticEngine &diags);

} // namespace gocxx
