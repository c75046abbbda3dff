// A canonical text dump of an AST, for tests and for comparison with
// go/parser (test/parser/astdump.go prints the same form from Go).
//
// One node per line, indented two spaces per level:
//   role: NodeName startLine:startCol-endLine:endCol [attributes]
// Children follow go/ast.Walk order; comments and doc fields are omitted;
// nil children are not printed. Positions are raw (line directives are not
// applied), columns in bytes. Attributes: Ident name, BasicLit kind and
// value (escaped: \n \r \t \\ \" and \xNN for other control bytes), operator
// and keyword tokens, ChanType dir, SliceExpr slice3, CallExpr "...",
// EmptyStmt implicit, CaseClause/CommClause default, TypeSpec "=".
#pragma once

#include <ostream>

#include "gocxx/frontend/ast.h"
#include "gocxx/frontend/source.h"

namespace gocxx {

void dumpFile(const ast::File *file, const FileSet &fset, std::ostream &os);
void dumpNode(const ast::Node *node, const FileSet &fset, std::ostream &os);

} // namespace gocxx
