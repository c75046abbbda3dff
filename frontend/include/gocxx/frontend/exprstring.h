// Short source-like renderings of expressions and simple statements, in the
// form gc's syntax printer gives them inside error messages
// ("cannot use assignment (x) = (2) as value", "x.f[i]", "func(int) string").
#pragma once

#include <string>

#include "gocxx/frontend/ast.h"

namespace gocxx {

// exprString renders x on one line; function literal bodies print as {…}.
std::string exprString(const ast::Expr *x);
// stmtString renders a simple statement (expression, send, inc/dec,
// assignment) on one line.
std::string stmtString(const ast::Stmt *s);

} // namespace gocxx
