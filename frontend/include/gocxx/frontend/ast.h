// The abstract syntax tree of Go, one class per go/ast type.
//
// Names follow go/ast: classes are named exactly as there and fields are
// go/ast's field names in lower camelCase. Position fields named after a
// keyword that C++ reserves (or that reads badly as a member) get a "Pos"
// suffix: StructType::structPos, FuncType::funcPos, InterfaceType::
// interfacePos, MapType::mapPos, CaseClause/CommClause::casePos,
// SwitchStmt/TypeSwitchStmt::switchPos, IfStmt::ifPos, ForStmt/RangeStmt::
// forPos, GoStmt::goPos, DeferStmt::deferPos, ReturnStmt::returnPos,
// SelectStmt::selectPos, File::packagePos; IfStmt's Else is elseStmt.
//
// Nodes are allocated in an ast::Context (an arena) and are referenced by
// raw pointers; a pointer documented "or nullptr" may be null, all others
// are non-null in trees produced by the parser (erroneous input yields Bad*
// nodes instead). The tree carries no name resolution (no go/ast Object or
// Scope): the type checker keeps its own side tables keyed by node pointer.
//
// Dispatch is LLVM-style over NodeKind: isa<T>(n), cast<T>(n), dyn_cast<T>(n)
// (dyn_cast accepts nullptr and returns nullptr).
#pragma once

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "gocxx/frontend/source.h"
#include "gocxx/frontend/token.h"

namespace gocxx::ast {

enum class NodeKind : uint8_t {
  // Expressions and types
  BadExpr,
  Ident,
  Ellipsis,
  BasicLit,
  FuncLit,
  CompositeLit,
  ParenExpr,
  SelectorExpr,
  IndexExpr,
  IndexListExpr,
  SliceExpr,
  TypeAssertExpr,
  CallExpr,
  StarExpr,
  UnaryExpr,
  BinaryExpr,
  KeyValueExpr,
  ArrayType,
  StructType,
  FuncType,
  InterfaceType,
  MapType,
  ChanType,
  // Statements
  BadStmt,
  DeclStmt,
  EmptyStmt,
  LabeledStmt,
  ExprStmt,
  SendStmt,
  IncDecStmt,
  AssignStmt,
  GoStmt,
  DeferStmt,
  ReturnStmt,
  BranchStmt,
  BlockStmt,
  IfStmt,
  CaseClause,
  SwitchStmt,
  TypeSwitchStmt,
  CommClause,
  SelectStmt,
  ForStmt,
  RangeStmt,
  // Specifications
  ImportSpec,
  ValueSpec,
  TypeSpec,
  // Declarations
  BadDecl,
  GenDecl,
  FuncDecl,
  // Others
  Comment,
  CommentGroup,
  Field,
  FieldList,
  File,
};

// nodeKindName returns the class name of k ("BinaryExpr").
std::string_view nodeKindName(NodeKind k);

// ----------------------------------------------------------------------------
// Base classes

class Node {
public:
  const NodeKind kind;

  // pos returns the position of the first character of the node; end the
  // position of the first character immediately after it (go/ast's Pos/End).
  Pos pos() const;
  Pos end() const;

protected:
  explicit Node(NodeKind k) : kind(k) {}
};

class Expr : public Node {
public:
  static bool classof(const Node *n) { return n->kind <= NodeKind::ChanType; }

protected:
  using Node::Node;
};

class Stmt : public Node {
public:
  static bool classof(const Node *n) {
    return n->kind >= NodeKind::BadStmt && n->kind <= NodeKind::RangeStmt;
  }

protected:
  using Node::Node;
};

class Spec : public Node {
public:
  static bool classof(const Node *n) {
    return n->kind >= NodeKind::ImportSpec && n->kind <= NodeKind::TypeSpec;
  }

protected:
  using Node::Node;
};

class Decl : public Node {
public:
  static bool classof(const Node *n) {
    return n->kind >= NodeKind::BadDecl && n->kind <= NodeKind::FuncDecl;
  }

protected:
  using Node::Node;
};

// ----------------------------------------------------------------------------
// LLVM-style casts

// They are generic over the source type, so any hierarchy with classof works.
template <class T, class From> bool isa(const From *n) {
  assert(n && "isa<> on a null pointer");
  return T::classof(n);
}
template <class T, class From> T *cast(From *n) {
  assert(n && T::classof(n) && "cast<> to an incompatible type");
  return static_cast<T *>(n);
}
template <class T, class From> const T *cast(const From *n) {
  assert(n && T::classof(n) && "cast<> to an incompatible type");
  return static_cast<const T *>(n);
}
template <class T, class From> T *dyn_cast(From *n) {
  return n && T::classof(n) ? static_cast<T *>(n) : nullptr;
}
template <class T, class From> const T *dyn_cast(const From *n) {
  return n && T::classof(n) ? static_cast<const T *>(n) : nullptr;
}

#define GOCXX_AST_NODE(Name, Base)                                                                 \
public:                                                                                            \
  Name() : Base(NodeKind::Name) {}                                                                 \
  static bool classof(const Node *n) { return n->kind == NodeKind::Name; }                         \
  Pos pos() const;                                                                                 \
  Pos end() const;

class BlockStmt;
class FieldList;
class Ident;
class BasicLit;
class FuncType;
class CallExpr;
class Field;

// ----------------------------------------------------------------------------
// Comments

// A Comment node represents a single //-style or /*-style comment.
class Comment : public Node {
  GOCXX_AST_NODE(Comment, Node)
  Pos slash = NoPos;     // position of "/" starting the comment
  std::string_view text; // comment text (excluding '\n' for //-style comments)
};

// A CommentGroup represents a sequence of comments with no other tokens and
// no empty lines between.
class CommentGroup : public Node {
  GOCXX_AST_NODE(CommentGroup, Node)
  std::vector<Comment *> list; // len(list) > 0

  // text returns the text of the comment without comment markers, as
  // go/ast's CommentGroup.Text does (directives like //go:x are dropped).
  std::string text() const;
};

// A directive comment `//NAME ARG`: //export Name (cgo's spelling),
// //gocxx:extern "ns::name", //gocxx:include "header.h". pos is that of
// the comment; arg is the text after the name, trimmed (still quoted).
struct Directive {
  Pos pos = NoPos;
  std::string_view arg;
};

// The first directive NAME ("export", "gocxx:extern") in group, if any.
std::optional<Directive> findDirective(const CommentGroup *group, std::string_view name);

// ----------------------------------------------------------------------------
// Fields

// A Field represents a Field declaration list in a struct type, a method
// list in an interface type, or a parameter/result declaration in a
// signature. Field::names is empty for unnamed parameters (parameter lists
// which only contain types) and embedded struct fields.
class Field : public Node {
  GOCXX_AST_NODE(Field, Node)
  CommentGroup *doc = nullptr;     // associated documentation; or nullptr
  std::vector<Ident *> names;      // field/method/(type) parameter names; or empty
  Expr *type = nullptr;            // field/method/parameter type; or nullptr
  BasicLit *tag = nullptr;         // field tag; or nullptr
  CommentGroup *comment = nullptr; // line comments; or nullptr
};

// A FieldList represents a list of Fields, enclosed by parentheses, curly
// braces, or square brackets.
class FieldList : public Node {
  GOCXX_AST_NODE(FieldList, Node)
  Pos opening = NoPos;       // position of opening parenthesis/brace/bracket, if any
  std::vector<Field *> list; // field list; or empty
  Pos closing = NoPos;       // position of closing parenthesis/brace/bracket, if any

  // numFields returns the number of parameters or struct fields represented
  // by the list (each name counts, an unnamed field counts once).
  int numFields() const;
};

// ----------------------------------------------------------------------------
// Expressions

// A BadExpr node is a placeholder for an expression containing syntax
// errors for which a correct expression node cannot be created.
class BadExpr : public Expr {
  GOCXX_AST_NODE(BadExpr, Expr)
  Pos from = NoPos, to = NoPos; // position range of bad expression
};

// An Ident node represents an identifier.
class Ident : public Expr {
  GOCXX_AST_NODE(Ident, Expr)
  Pos namePos = NoPos;   // identifier position
  std::string_view name; // identifier name (interned in the ast::Context)

  bool isExported() const;
};

// An Ellipsis node stands for the "..." type in a parameter list or the
// "..." length in an array type.
class Ellipsis : public Expr {
  GOCXX_AST_NODE(Ellipsis, Expr)
  Pos ellipsis = NoPos; // position of "..."
  Expr *elt = nullptr;  // ellipsis element type (parameter lists only); or nullptr
};

// A BasicLit node represents a literal of basic type. The value is the
// literal text as written (decode it with literals.h).
class BasicLit : public Expr {
  GOCXX_AST_NODE(BasicLit, Expr)
  Pos valuePos = NoPos;        // literal position
  Token kind = Token::ILLEGAL; // Token::INT, FLOAT, IMAG, CHAR, or STRING
  std::string_view
      value; // literal string; e.g. 42, 0x7f, 3.14, 1e-9, 2.4i, 'a', '\x7f', "foo" or `\m\n\o`
  bool bad = false; // the scanner reported an error for this literal
};

// A FuncLit node represents a function literal.
class FuncLit : public Expr {
  GOCXX_AST_NODE(FuncLit, Expr)
  FuncType *type = nullptr;  // function type
  BlockStmt *body = nullptr; // function body
};

// A CompositeLit node represents a composite literal.
class CompositeLit : public Expr {
  GOCXX_AST_NODE(CompositeLit, Expr)
  Expr *type = nullptr;     // literal type; or nullptr
  Pos lbrace = NoPos;       // position of "{"
  std::vector<Expr *> elts; // list of composite elements; or empty
  Pos rbrace = NoPos;       // position of "}"
  bool incomplete = false;  // true if (source) expressions are missing in the elts list
};

// A ParenExpr node represents a parenthesized expression.
class ParenExpr : public Expr {
  GOCXX_AST_NODE(ParenExpr, Expr)
  Pos lparen = NoPos; // position of "("
  Expr *x = nullptr;  // parenthesized expression
  Pos rparen = NoPos; // position of ")"
};

// A SelectorExpr node represents an expression followed by a selector.
class SelectorExpr : public Expr {
  GOCXX_AST_NODE(SelectorExpr, Expr)
  Expr *x = nullptr;    // expression
  Ident *sel = nullptr; // field selector
};

// An IndexExpr node represents an expression followed by an index.
class IndexExpr : public Expr {
  GOCXX_AST_NODE(IndexExpr, Expr)
  Expr *x = nullptr;     // expression
  Pos lbrack = NoPos;    // position of "["
  Expr *index = nullptr; // index expression
  Pos rbrack = NoPos;    // position of "]"
};

// An IndexListExpr node represents an expression followed by multiple
// indices (a generic instantiation with several type arguments).
class IndexListExpr : public Expr {
  GOCXX_AST_NODE(IndexListExpr, Expr)
  Expr *x = nullptr;           // expression
  Pos lbrack = NoPos;          // position of "["
  std::vector<Expr *> indices; // index expressions
  Pos rbrack = NoPos;          // position of "]"
};

// A SliceExpr node represents an expression followed by slice indices.
class SliceExpr : public Expr {
  GOCXX_AST_NODE(SliceExpr, Expr)
  Expr *x = nullptr;    // expression
  Pos lbrack = NoPos;   // position of "["
  Expr *low = nullptr;  // begin of slice range; or nullptr
  Expr *high = nullptr; // end of slice range; or nullptr
  Expr *max = nullptr;  // maximum capacity of slice; or nullptr
  bool slice3 = false;  // true if 3-index slice (2 colons present)
  Pos rbrack = NoPos;   // position of "]"
};

// A TypeAssertExpr node represents an expression followed by a type
// assertion.
class TypeAssertExpr : public Expr {
  GOCXX_AST_NODE(TypeAssertExpr, Expr)
  Expr *x = nullptr;    // expression
  Pos lparen = NoPos;   // position of "("
  Expr *type = nullptr; // asserted type; nullptr means type switch X.(type)
  Pos rparen = NoPos;   // position of ")"
};

// A CallExpr node represents an expression followed by an argument list.
class CallExpr : public Expr {
  GOCXX_AST_NODE(CallExpr, Expr)
  Expr *fun = nullptr;      // function expression
  Pos lparen = NoPos;       // position of "("
  std::vector<Expr *> args; // function arguments; or empty
  Pos ellipsis = NoPos;     // position of "..." (NoPos if there is no "...")
  Pos rparen = NoPos;       // position of ")"
};

// A StarExpr node represents an expression of the form "*" Expression.
// Semantically it could be a unary "*" expression, or a pointer type.
class StarExpr : public Expr {
  GOCXX_AST_NODE(StarExpr, Expr)
  Pos star = NoPos;  // position of "*"
  Expr *x = nullptr; // operand
};

// A UnaryExpr node represents a unary expression. Unary "*" expressions are
// represented via StarExpr nodes. Unary "~" (in constraints) is a UnaryExpr.
class UnaryExpr : public Expr {
  GOCXX_AST_NODE(UnaryExpr, Expr)
  Pos opPos = NoPos;         // position of op
  Token op = Token::ILLEGAL; // operator
  Expr *x = nullptr;         // operand
};

// A BinaryExpr node represents a binary expression (and a union A|B in a
// constraint).
class BinaryExpr : public Expr {
  GOCXX_AST_NODE(BinaryExpr, Expr)
  Expr *x = nullptr;         // left operand
  Pos opPos = NoPos;         // position of op
  Token op = Token::ILLEGAL; // operator
  Expr *y = nullptr;         // right operand
};

// A KeyValueExpr node represents (key : value) pairs in composite literals.
class KeyValueExpr : public Expr {
  GOCXX_AST_NODE(KeyValueExpr, Expr)
  Expr *key = nullptr;
  Pos colon = NoPos; // position of ":"
  Expr *value = nullptr;
};

// The direction of a channel type is indicated by a bit mask.
enum ChanDir : uint8_t { SEND = 1 << 0, RECV = 1 << 1 };

// An ArrayType node represents an array or slice type.
class ArrayType : public Expr {
  GOCXX_AST_NODE(ArrayType, Expr)
  Pos lbrack = NoPos;  // position of "["
  Expr *len = nullptr; // Ellipsis node for [...]T array types, nullptr for slice types
  Expr *elt = nullptr; // element type
};

// A StructType node represents a struct type.
class StructType : public Expr {
  GOCXX_AST_NODE(StructType, Expr)
  Pos structPos = NoPos;       // position of "struct" keyword
  FieldList *fields = nullptr; // list of field declarations
  bool incomplete = false;     // true if (source) fields are missing in the fields list
};

// A FuncType node represents a function type.
class FuncType : public Expr {
  GOCXX_AST_NODE(FuncType, Expr)
  Pos funcPos = NoPos;             // position of "func" keyword (NoPos if there is no "func")
  FieldList *typeParams = nullptr; // type parameters; or nullptr
  FieldList *params = nullptr;     // (incoming) parameters; non-nullptr
  FieldList *results = nullptr;    // (outgoing) results; or nullptr
};

// An InterfaceType node represents an interface type.
class InterfaceType : public Expr {
  GOCXX_AST_NODE(InterfaceType, Expr)
  Pos interfacePos = NoPos;     // position of "interface" keyword
  FieldList *methods = nullptr; // list of embedded interfaces, methods, or types
  bool incomplete = false;      // true if (source) methods or types are missing in the methods list
};

// A MapType node represents a map type.
class MapType : public Expr {
  GOCXX_AST_NODE(MapType, Expr)
  Pos mapPos = NoPos; // position of "map" keyword
  Expr *key = nullptr;
  Expr *value = nullptr;
};

// A ChanType node represents a channel type.
class ChanType : public Expr {
  GOCXX_AST_NODE(ChanType, Expr)
  Pos begin = NoPos;         // position of "chan" keyword or "<-" (whichever comes first)
  Pos arrow = NoPos;         // position of "<-" (NoPos if there is no "<-")
  uint8_t dir = SEND | RECV; // channel direction (ChanDir bits)
  Expr *value = nullptr;     // value type
};

// ----------------------------------------------------------------------------
// Statements

// A BadStmt node is a placeholder for statements containing syntax errors
// for which no correct statement nodes can be created.
class BadStmt : public Stmt {
  GOCXX_AST_NODE(BadStmt, Stmt)
  Pos from = NoPos, to = NoPos; // position range of bad statement
};

// A DeclStmt node represents a declaration in a statement list.
class DeclStmt : public Stmt {
  GOCXX_AST_NODE(DeclStmt, Stmt)
  Decl *decl = nullptr; // GenDecl with CONST, TYPE, or VAR token
};

// An EmptyStmt node represents an empty statement. The "position" of the
// empty statement is the position of the immediately following (explicit
// or implicit) semicolon.
class EmptyStmt : public Stmt {
  GOCXX_AST_NODE(EmptyStmt, Stmt)
  Pos semicolon = NoPos; // position of following ";"
  bool implicit = false; // if set, ";" was omitted in the source
};

// A LabeledStmt node represents a labeled statement.
class LabeledStmt : public Stmt {
  GOCXX_AST_NODE(LabeledStmt, Stmt)
  Ident *label = nullptr;
  Pos colon = NoPos; // position of ":"
  Stmt *stmt = nullptr;
};

// An ExprStmt node represents a (stand-alone) expression in a statement
// list.
class ExprStmt : public Stmt {
  GOCXX_AST_NODE(ExprStmt, Stmt)
  Expr *x = nullptr; // expression
};

// A SendStmt node represents a send statement.
class SendStmt : public Stmt {
  GOCXX_AST_NODE(SendStmt, Stmt)
  Expr *chan = nullptr;
  Pos arrow = NoPos; // position of "<-"
  Expr *value = nullptr;
};

// An IncDecStmt node represents an increment or decrement statement.
class IncDecStmt : public Stmt {
  GOCXX_AST_NODE(IncDecStmt, Stmt)
  Expr *x = nullptr;
  Pos tokPos = NoPos;         // position of tok
  Token tok = Token::ILLEGAL; // INC or DEC
};

// An AssignStmt node represents an assignment or a short variable
// declaration.
class AssignStmt : public Stmt {
  GOCXX_AST_NODE(AssignStmt, Stmt)
  std::vector<Expr *> lhs;
  Pos tokPos = NoPos;         // position of tok
  Token tok = Token::ILLEGAL; // assignment token, DEFINE
  std::vector<Expr *> rhs;
};

// A GoStmt node represents a go statement.
class GoStmt : public Stmt {
  GOCXX_AST_NODE(GoStmt, Stmt)
  Pos goPos = NoPos; // position of "go" keyword
  CallExpr *call = nullptr;
};

// A DeferStmt node represents a defer statement.
class DeferStmt : public Stmt {
  GOCXX_AST_NODE(DeferStmt, Stmt)
  Pos deferPos = NoPos; // position of "defer" keyword
  CallExpr *call = nullptr;
};

// A ReturnStmt node represents a return statement.
class ReturnStmt : public Stmt {
  GOCXX_AST_NODE(ReturnStmt, Stmt)
  Pos returnPos = NoPos;       // position of "return" keyword
  std::vector<Expr *> results; // result expressions; or empty
};

// A BranchStmt node represents a break, continue, goto, or fallthrough
// statement.
class BranchStmt : public Stmt {
  GOCXX_AST_NODE(BranchStmt, Stmt)
  Pos tokPos = NoPos;         // position of tok
  Token tok = Token::ILLEGAL; // keyword token (BREAK, CONTINUE, GOTO, FALLTHROUGH)
  Ident *label = nullptr;     // label name; or nullptr
};

// A BlockStmt node represents a braced statement list.
class BlockStmt : public Stmt {
  GOCXX_AST_NODE(BlockStmt, Stmt)
  Pos lbrace = NoPos; // position of "{"
  std::vector<Stmt *> list;
  Pos rbrace = NoPos; // position of "}", if any (may be absent due to syntax error)
};

// An IfStmt node represents an if statement.
class IfStmt : public Stmt {
  GOCXX_AST_NODE(IfStmt, Stmt)
  Pos ifPos = NoPos;    // position of "if" keyword
  Stmt *init = nullptr; // initialization statement; or nullptr
  Expr *cond = nullptr; // condition
  BlockStmt *body = nullptr;
  Stmt *elseStmt = nullptr; // else branch (IfStmt or BlockStmt); or nullptr
};

// A CaseClause represents a case of an expression or type switch statement.
class CaseClause : public Stmt {
  GOCXX_AST_NODE(CaseClause, Stmt)
  Pos casePos = NoPos;      // position of "case" or "default" keyword
  std::vector<Expr *> list; // list of expressions or types; empty means default case
  Pos colon = NoPos;        // position of ":"
  std::vector<Stmt *> body; // statement list; or empty
  bool isDefault = false;   // "default" (go/ast encodes this as List == nil)
};

// A SwitchStmt node represents an expression switch statement.
class SwitchStmt : public Stmt {
  GOCXX_AST_NODE(SwitchStmt, Stmt)
  Pos switchPos = NoPos;     // position of "switch" keyword
  Stmt *init = nullptr;      // initialization statement; or nullptr
  Expr *tag = nullptr;       // tag expression; or nullptr
  BlockStmt *body = nullptr; // CaseClauses only
};

// A TypeSwitchStmt node represents a type switch statement.
class TypeSwitchStmt : public Stmt {
  GOCXX_AST_NODE(TypeSwitchStmt, Stmt)
  Pos switchPos = NoPos;     // position of "switch" keyword
  Stmt *init = nullptr;      // initialization statement; or nullptr
  Stmt *assign = nullptr;    // x := y.(type) or y.(type) (AssignStmt or ExprStmt)
  BlockStmt *body = nullptr; // CaseClauses only
};

// A CommClause node represents a case of a select statement.
class CommClause : public Stmt {
  GOCXX_AST_NODE(CommClause, Stmt)
  Pos casePos = NoPos;      // position of "case" or "default" keyword
  Stmt *comm = nullptr;     // send or receive statement; nullptr means default case
  Pos colon = NoPos;        // position of ":"
  std::vector<Stmt *> body; // statement list; or empty
};

// A SelectStmt node represents a select statement.
class SelectStmt : public Stmt {
  GOCXX_AST_NODE(SelectStmt, Stmt)
  Pos selectPos = NoPos;     // position of "select" keyword
  BlockStmt *body = nullptr; // CommClauses only
};

// A ForStmt represents a for statement.
class ForStmt : public Stmt {
  GOCXX_AST_NODE(ForStmt, Stmt)
  Pos forPos = NoPos;   // position of "for" keyword
  Stmt *init = nullptr; // initialization statement; or nullptr
  Expr *cond = nullptr; // condition; or nullptr
  Stmt *post = nullptr; // post iteration statement; or nullptr
  BlockStmt *body = nullptr;
};

// A RangeStmt represents a for statement with a range clause.
class RangeStmt : public Stmt {
  GOCXX_AST_NODE(RangeStmt, Stmt)
  Pos forPos = NoPos;         // position of "for" keyword
  Expr *key = nullptr;        // key; or nullptr
  Expr *value = nullptr;      // value; or nullptr
  Pos tokPos = NoPos;         // position of tok; NoPos if key == nullptr
  Token tok = Token::ILLEGAL; // ILLEGAL if key == nullptr, ASSIGN, DEFINE
  Expr *x = nullptr;          // value to range over
  BlockStmt *body = nullptr;
};

// ----------------------------------------------------------------------------
// Specifications

// An ImportSpec node represents a single package import.
class ImportSpec : public Spec {
  GOCXX_AST_NODE(ImportSpec, Spec)
  CommentGroup *doc = nullptr;     // associated documentation; or nullptr
  Ident *name = nullptr;           // local package name (including "." and "_"); or nullptr
  BasicLit *path = nullptr;        // import path
  CommentGroup *comment = nullptr; // line comments; or nullptr
  Pos endPos = NoPos;              // end of spec (overrides path.pos if nonzero)
};

// A ValueSpec node represents a constant or variable declaration
// (ConstSpec or VarSpec production).
class ValueSpec : public Spec {
  GOCXX_AST_NODE(ValueSpec, Spec)
  CommentGroup *doc = nullptr;     // associated documentation; or nullptr
  std::vector<Ident *> names;      // value names (names.size() > 0)
  Expr *type = nullptr;            // value type; or nullptr
  std::vector<Expr *> values;      // initial values; or empty
  CommentGroup *comment = nullptr; // line comments; or nullptr
};

// A TypeSpec node represents a type declaration (TypeSpec production).
class TypeSpec : public Spec {
  GOCXX_AST_NODE(TypeSpec, Spec)
  CommentGroup *doc = nullptr;     // associated documentation; or nullptr
  Ident *name = nullptr;           // type name
  FieldList *typeParams = nullptr; // type parameters; or nullptr
  Pos assign = NoPos;              // position of '=', if any
  Expr *type = nullptr; // Ident, ParenExpr, SelectorExpr, StarExpr, or any of the XxxTypes
  CommentGroup *comment = nullptr; // line comments; or nullptr
};

// ----------------------------------------------------------------------------
// Declarations

// A BadDecl node is a placeholder for a declaration containing syntax errors
// for which a correct declaration node cannot be created.
class BadDecl : public Decl {
  GOCXX_AST_NODE(BadDecl, Decl)
  Pos from = NoPos, to = NoPos; // position range of bad declaration
};

// A GenDecl node (generic declaration node) represents an import, constant,
// type or variable declaration. A valid lparen position indicates a
// parenthesized declaration.
class GenDecl : public Decl {
  GOCXX_AST_NODE(GenDecl, Decl)
  CommentGroup *doc = nullptr; // associated documentation; or nullptr
  Pos tokPos = NoPos;          // position of tok
  Token tok = Token::ILLEGAL;  // IMPORT, CONST, TYPE, or VAR
  Pos lparen = NoPos;          // position of '(', if any
  std::vector<Spec *> specs;
  Pos rparen = NoPos; // position of ')', if any
};

// A FuncDecl node represents a function declaration.
class FuncDecl : public Decl {
  GOCXX_AST_NODE(FuncDecl, Decl)
  CommentGroup *doc = nullptr; // associated documentation; or nullptr
  FieldList *recv = nullptr;   // receiver (methods); or nullptr (functions)
  Ident *name = nullptr;       // function/method name
  FuncType *type = nullptr;  // function signature: type and value parameters, results, and position
                             // of "func" keyword
  BlockStmt *body = nullptr; // function body; or nullptr for external (non-Go) function
};

// ----------------------------------------------------------------------------
// Files

// A File node represents a Go source file. comments lists all comments in
// the file in order of appearance, including those referred to from other
// nodes via doc and comment fields.
class File : public Node {
  GOCXX_AST_NODE(File, Node)
  CommentGroup *doc = nullptr;          // associated documentation; or nullptr
  Pos packagePos = NoPos;               // position of "package" keyword
  Ident *name = nullptr;                // package name
  std::vector<Decl *> decls;            // top-level declarations; or empty
  std::vector<ImportSpec *> imports;    // imports in this file
  std::vector<CommentGroup *> comments; // list of all comments in the source file
  // fileStart/fileEnd span the whole source file (as go/ast's later
  // File.FileStart/FileEnd).
  Pos fileStart = NoPos, fileEnd = NoPos;
};

#undef GOCXX_AST_NODE

// ----------------------------------------------------------------------------
// Context: the arena that owns all nodes of one compilation.

class Context {
public:
  Context();
  ~Context();
  Context(const Context &) = delete;
  Context &operator=(const Context &) = delete;

  // make allocates a node (or any object) that lives as long as the Context.
  template <class T> T *make() {
    void *mem = allocate(sizeof(T), alignof(T));
    T *obj = new (mem) T();
    if constexpr (!std::is_trivially_destructible_v<T>)
      dtors_.push_back({obj, [](void *p) { static_cast<T *>(p)->~T(); }});
    return obj;
  }

  // intern returns a copy of s owned by the Context; equal strings share
  // storage, so interned names can be compared by data pointer.
  std::string_view intern(std::string_view s);
  // save copies s into the arena (no sharing).
  std::string_view save(std::string_view s);

  size_t bytesAllocated() const { return bytes_; }

private:
  void *allocate(size_t size, size_t align);
  struct Dtor {
    void *obj;
    void (*fn)(void *);
  };
  std::vector<std::unique_ptr<char[]>> chunks_;
  char *cur_ = nullptr;
  char *limit_ = nullptr;
  size_t bytes_ = 0;
  std::vector<Dtor> dtors_;
  std::unordered_set<std::string_view> interned_;
};

// ----------------------------------------------------------------------------
// Traversal

// inspect traverses the tree rooted at n in depth-first order, as go/ast's
// Inspect: it calls f(node); if f returns true, inspect visits the node's
// children, then calls f(nullptr).
void inspect(Node *n, const std::function<bool(Node *)> &f);

// children calls f for each direct, non-null child of n in source order.
void forEachChild(Node *n, const std::function<void(Node *)> &f);

// gcPos returns the position gc's syntax package gives n, where it differs
// from go/ast's pos(): the operator of a binary expression, assignment,
// inc/dec or send statement, the "(" of a call, the "[" of an index or
// slice expression, the "." of a selector or type assertion, the "{" of a
// composite literal, the ":" of a key-value pair. Diagnostics that must
// match gc's columns (gc reports many errors at these positions) use it.
Pos gcPos(const Node *n);

// unparen returns e with any enclosing parentheses removed.
Expr *unparen(Expr *e);

} // namespace gocxx::ast
