// The parser. Its control structure and error recovery port gc's
// cmd/compile/internal/syntax parser (so syntax errors come out at the same
// places and in the same words), while the nodes it builds are go/ast's
// (so the tree matches go/parser's on valid input: parentheses are kept as
// ParenExpr, names sharing a type share one Field, and so on).
//
// Each parse method is headed by the EBNF production it implements.
#include "gocxx/frontend/parser.h"

#include <string>
#include <vector>

#include "branches.h"
#include "gocxx/frontend/exprstring.h"
#include "gocxx/frontend/scanner.h"

namespace gocxx {

using namespace ast;

namespace {

// A set of tokens (Token values are < 128).
struct TokenSet {
  uint64_t bits[2] = {0, 0};
  TokenSet() = default;
  TokenSet(std::initializer_list<Token> ts) {
    for (Token t : ts)
      add(t);
  }
  void add(Token t) {
    unsigned v = static_cast<unsigned>(t);
    bits[v / 64] |= uint64_t(1) << (v % 64);
  }
  bool has(Token t) const {
    unsigned v = static_cast<unsigned>(t);
    return (bits[v / 64] >> (v % 64)) & 1;
  }
};

// The stopset contains keywords that start a statement. They are good
// synchronization points in case of syntax errors.
const TokenSet kStopset = {Token::BREAK,       Token::CONST,  Token::CONTINUE, Token::DEFER,
                           Token::FALLTHROUGH, Token::FOR,    Token::GO,       Token::GOTO,
                           Token::IF,          Token::RETURN, Token::SELECT,   Token::SWITCH,
                           Token::TYPE,        Token::VAR};

// isBasicLit reports whether t is a literal token other than IDENT (gc's _Literal).
bool isBasicLit(Token t) { return isLiteral(t) && t != Token::IDENT; }

bool isAssignOp(Token t) { return t >= Token::ADD_ASSIGN && t <= Token::AND_NOT_ASSIGN; }

// tokstring returns the English word for selected punctuation tokens.
std::string tokstring(Token t) {
  switch (t) {
  case Token::COMMA:
    return "comma";
  case Token::SEMICOLON:
    return "semicolon or newline";
  default:
    return std::string(tokenString(t));
  }
}

bool startsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// One parameter as parsed, before names sharing a type are grouped into one
// ast::Field (gc keeps one field per name; go/ast groups them).
struct Param {
  Pos pos = NoPos;
  Ident *name = nullptr;
  Expr *type = nullptr;
};

class Parser {
public:
  Parser(Context &ctx, const FileSet &fset, SourceFile &file, DiagnosticEngine &diags,
         ParseMode mode)
      : ctx_(ctx), fset_(fset), file_(file), diags_(diags), mode_(mode), scanner_(file, diags),
        startErrors_(diags.errorCount()) {
    next();
  }

  File *parseFile();
  Expr *parseExprOnly();

private:
  // ---- tokens
  void next();
  bool got(Token t) {
    if (tok_ == t) {
      next();
      return true;
    }
    return false;
  }
  void want(Token t) {
    if (!got(t)) {
      syntaxError("expecting " + tokstring(t));
      advance({});
    }
  }
  bool gotAssign(Pos *at = nullptr);
  Pos pos() const { return pos_; }

  // ---- errors
  bool hadErrors() const { return errcnt_ > 0 || diags_.errorCount() > startErrors_; }
  void errorAt(Pos p, std::string msg) {
    errcnt_++;
    diags_.error(p, std::move(msg));
  }
  void error(std::string msg) { errorAt(pos_, std::move(msg)); }
  void syntaxErrorAt(Pos p, std::string msg);
  void syntaxError(std::string msg) { syntaxErrorAt(pos_, std::move(msg)); }
  void advance(const TokenSet &follow, bool any = true);
  void advance(std::initializer_list<Token> follow) {
    advance(TokenSet(follow), follow.size() > 0);
  }

  // ---- node helpers
  template <class T> T *make() { return ctx_.make<T>(); }
  Ident *newIdent(Pos p, std::string_view name) {
    auto *id = make<Ident>();
    id->namePos = p;
    id->name = ctx_.intern(name);
    return id;
  }
  BadExpr *badExpr() {
    auto *b = make<BadExpr>();
    b->from = b->to = pos_;
    return b;
  }
  BadExpr *badExprAt(Pos p) {
    auto *b = make<BadExpr>();
    b->from = b->to = p;
    return b;
  }

  // ---- comments
  void collectComments(Pos prevPos);
  int lineOf(Pos p) const { return file_.position(file_.offset(p), false).line; }

  // ---- declarations
  Pos list(const char *context, Token sep, Token close, const std::function<bool()> &f);
  GenDecl *genDecl(Token keyword, Pos keywordPos, CommentGroup *doc,
                   Spec *(Parser::*spec)(int index));
  Spec *importSpec(int index);
  Spec *constSpec(int index);
  Spec *typeSpec(int index);
  Spec *varSpec(int index);
  FuncDecl *funcDeclOrNil(Pos funcPos, CommentGroup *doc);
  BlockStmt *funcBody();

  // ---- expressions
  Expr *expr() { return binaryExpr(nullptr, 0); }
  Expr *binaryExpr(Expr *x, int prec);
  Expr *unaryExpr();
  Stmt *callStmt();
  Expr *operand();
  Expr *pexpr(Expr *x);
  Expr *bareComplitExpr();
  CompositeLit *complitExpr(Expr *type);
  std::vector<Expr *> exprList();
  std::vector<Expr *> typeList(bool &comma);
  Expr *makeIndex(Expr *x, Pos lbrack, std::vector<Expr *> &indices, Pos rbrack);

  // ---- types
  Expr *type_();
  Expr *typeOrNil();
  Expr *typeInstance(Expr *typ);
  FuncType *funcType(const char *context, Pos funcPos);
  Expr *arrayType(Pos lbrack, Expr *len);
  Expr *sliceType(Pos lbrack);
  Expr *chanElem();
  StructType *structType();
  InterfaceType *interfaceType();
  FieldList *funcResult();
  void fieldDecl(StructType *styp);
  Expr *arrayOrTArgs();
  BasicLit *oliteral();
  Field *methodDecl();
  Field *embeddedElem(Field *f);
  Expr *embeddedTerm();
  bool paramDeclOrNil(Ident *name, Token follow, Param &out);
  FieldList *paramList(Ident *name, Expr *typ, Token close, bool requireNames, Pos opening);

  // ---- statements
  Stmt *simpleStmt(std::vector<Expr *> lhs, Token keyword);
  Stmt *rangeClause(std::vector<Expr *> lhs, Token tok, Pos tokPos);
  Stmt *labeledStmtOrNil(Ident *label);
  BlockStmt *blockStmt(const char *context);
  Stmt *declStmt(Token keyword);
  Stmt *forStmt();
  void header(Token keyword, Stmt *&init, Stmt *&cond, Stmt *&post);
  Expr *condExpr(Stmt *s);
  IfStmt *ifStmt();
  Stmt *switchStmt();
  SelectStmt *selectStmt();
  CaseClause *caseClause();
  CommClause *commClause();
  Stmt *stmtOrNil();
  std::vector<Stmt *> stmtList();
  void argList(CallExpr *call);

  // ---- common
  Ident *name();
  std::vector<Ident *> nameList(Ident *first);
  Expr *qualifiedName(Ident *name);

  Context &ctx_;
  const FileSet &fset_;
  SourceFile &file_;
  DiagnosticEngine &diags_;
  ParseMode mode_;
  Scanner scanner_;
  size_t startErrors_;
  int errcnt_ = 0;

  // current token
  Token tok_ = Token::ILLEGAL;
  Pos pos_ = NoPos;
  std::string_view lit_;
  bool bad_ = false;
  Pos prevEnd_ = NoPos; // end of the previous token

  int fnest_ = 0; // function nesting level (for error handling)
  int xnest_ = 0; // expression nesting level (for complit ambiguity resolution)

  // comments
  std::vector<CommentGroup *> comments_;
  CommentGroup *leadComment_ = nullptr; // comment group right before the current token
  CommentGroup *lineComment_ = nullptr; // comment group after the previous token on its line
  File *fileNode_ = nullptr;
};

// ----------------------------------------------------------------------------
// Tokens and comments

void Parser::next() {
  Pos prev = pos_;
  prevEnd_ = pos_ + static_cast<Pos>(lit_.size());
  if (tok_ != Token::IDENT && !isLiteral(tok_) && tok_ != Token::SEMICOLON)
    prevEnd_ = pos_ + static_cast<Pos>(tokenString(tok_).size());
  scanner_.next();
  tok_ = scanner_.tok;
  pos_ = scanner_.pos;
  lit_ = scanner_.lit;
  bad_ = scanner_.bad;
  leadComment_ = nullptr;
  lineComment_ = nullptr;
  if (!scanner_.comments().empty())
    collectComments(prev);
}

// collectComments groups the comments scanned before the current token, as
// go/parser does: a group on the previous token's line is a line comment; a
// group ending on the line right before the current token is a lead comment.
void Parser::collectComments(Pos prevPos) {
  auto &raw = scanner_.comments();
  if (mode_.skipComments) {
    raw.clear();
    return;
  }
  int prevLine = prevPos == NoPos ? 0 : lineOf(prevPos);
  int tokLine = lineOf(pos_);
  bool tokIsNewline = tok_ == Token::SEMICOLON && lit_ != "semicolon";
  size_t i = 0;
  CommentGroup *last = nullptr;
  int lastEnd = -1;
  bool first = true;
  while (i < raw.size()) {
    auto *g = make<CommentGroup>();
    int startLine = lineOf(raw[i].pos);
    int endLine = startLine;
    int gap = first && startLine == prevLine && prevPos != NoPos ? 0 : 1;
    while (i < raw.size()) {
      int l = lineOf(raw[i].pos);
      if (!g->list.empty() && l > endLine + gap)
        break;
      auto *c = make<Comment>();
      c->slash = raw[i].pos;
      c->text = ctx_.save(raw[i].text);
      g->list.push_back(c);
      endLine = lineOf(raw[i].pos + static_cast<Pos>(raw[i].text.size()));
      i++;
      if (gap == 0)
        break; // a line comment group is the comments on the previous token's line
    }
    comments_.push_back(g);
    if (first && startLine == prevLine && prevPos != NoPos &&
        (tokLine != endLine || tok_ == Token::EOF_ || tokIsNewline))
      lineComment_ = g;
    first = false;
    last = g;
    lastEnd = endLine;
  }
  raw.clear();
  if (last && lastEnd + 1 == tokLine && last != lineComment_)
    leadComment_ = last;
}

// gotAssign is like got(ASSIGN) but also accepts ":=" (reporting an error)
// for better error recovery.
bool Parser::gotAssign(Pos *at) {
  switch (tok_) {
  case Token::DEFINE:
    syntaxError("expecting =");
    [[fallthrough]];
  case Token::ASSIGN:
    if (at)
      *at = pos_;
    next();
    return true;
  default:
    return false;
  }
}

void Parser::syntaxErrorAt(Pos p, std::string msg) {
  if (tok_ == Token::EOF_ && hadErrors())
    return; // avoid meaningless follow-up errors
  if (msg.empty()) {
    // nothing to add
  } else if (startsWith(msg, "in ") || startsWith(msg, "at ") || startsWith(msg, "after ")) {
    msg = " " + msg;
  } else if (startsWith(msg, "expecting ")) {
    msg = ", " + msg;
  } else {
    // plain error - we don't care about current token
    errorAt(p, "syntax error: " + msg);
    return;
  }
  std::string t;
  switch (tok_) {
  case Token::IDENT:
  case Token::SEMICOLON:
    t = std::string(lit_);
    break;
  case Token::INT:
  case Token::FLOAT:
  case Token::IMAG:
  case Token::CHAR:
  case Token::STRING:
    t = "literal " + std::string(lit_);
    break;
  default:
    t = tokstring(tok_);
    break;
  }
  errorAt(p, "syntax error: unexpected " + t + msg);
}

// advance consumes tokens until it finds a token of the stopset or follow
// list. The stopset is only considered inside a function (fnest_ > 0). If
// the follow list is empty, exactly one (non-EOF) token is consumed.
void Parser::advance(const TokenSet &followList, bool any) {
  TokenSet follow = followList;
  follow.add(Token::EOF_);
  if (any) {
    if (fnest_ > 0) {
      follow.bits[0] |= kStopset.bits[0];
      follow.bits[1] |= kStopset.bits[1];
    }
  }
  while (!follow.has(tok_)) {
    next();
    if (!any)
      break;
  }
}

// ----------------------------------------------------------------------------
// Package files

// SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
File *Parser::parseFile() {
  File *f = make<File>();
  fileNode_ = f;
  f->fileStart = file_.base();
  f->fileEnd = file_.base() + file_.size();
  f->doc = leadComment_;
  f->packagePos = pos_;

  // PackageClause
  if (!got(Token::PACKAGE)) {
    syntaxError("package statement must be first");
    f->name = newIdent(pos_, "_");
    f->comments = comments_;
    return f;
  }
  f->name = name();
  want(Token::SEMICOLON);

  // don't bother continuing if package clause has errors
  if (hadErrors() || mode_.packageClauseOnly) {
    f->comments = comments_;
    return f;
  }

  // { ImportDecl ";" }
  while (tok_ == Token::IMPORT) {
    CommentGroup *doc = leadComment_;
    Pos p = pos_;
    next();
    f->decls.push_back(genDecl(Token::IMPORT, p, doc, &Parser::importSpec));
    want(Token::SEMICOLON);
  }

  // { TopLevelDecl ";" }
  while (tok_ != Token::EOF_ && !mode_.importsOnly) {
    CommentGroup *doc = leadComment_;
    Pos p = pos_;
    switch (tok_) {
    case Token::CONST:
      next();
      f->decls.push_back(genDecl(Token::CONST, p, doc, &Parser::constSpec));
      break;
    case Token::TYPE:
      next();
      f->decls.push_back(genDecl(Token::TYPE, p, doc, &Parser::typeSpec));
      break;
    case Token::VAR:
      next();
      f->decls.push_back(genDecl(Token::VAR, p, doc, &Parser::varSpec));
      break;
    case Token::FUNC:
      next();
      if (FuncDecl *d = funcDeclOrNil(p, doc))
        f->decls.push_back(d);
      break;
    default: {
      auto *last = f->decls.empty() ? nullptr : dyn_cast<FuncDecl>(f->decls.back());
      if (tok_ == Token::LBRACE && last && !last->body) {
        // opening { of function declaration on next line
        syntaxError("unexpected semicolon or newline before {");
      } else {
        syntaxError("non-declaration statement outside function body");
      }
      advance({Token::CONST, Token::TYPE, Token::VAR, Token::FUNC});
      continue;
    }
    }
    if (tok_ != Token::EOF_ && !got(Token::SEMICOLON)) {
      syntaxError("after top level declaration");
      advance({Token::CONST, Token::TYPE, Token::VAR, Token::FUNC});
    }
  }
  f->comments = comments_;
  return f;
}

// ----------------------------------------------------------------------------
// Declarations

// list parses a possibly empty, sep-separated list of elements, optionally
// followed by sep, and closed by close (or EOF). After f returns true, no
// more elements are accepted. list returns the position of the closing token.
//
// list = [ f { sep f } [sep] ] close .
Pos Parser::list(const char *context, Token sep, Token close, const std::function<bool()> &f) {
  bool done = false;
  while (tok_ != Token::EOF_ && tok_ != close && !done) {
    done = f();
    // sep is optional before close
    if (!got(sep) && tok_ != close) {
      syntaxError(std::string("in ") + context + "; possibly missing " + tokstring(sep) + " or " +
                  tokstring(close));
      advance({Token::RPAREN, Token::RBRACK, Token::RBRACE});
      if (tok_ != close)
        return pos_; // position could be better but we had an error
    }
  }
  Pos p = pos_;
  want(close);
  return p;
}

// appendGroup(f) = f | "(" { f ";" } ")" . // ";" is optional before ")"
GenDecl *Parser::genDecl(Token keyword, Pos keywordPos, CommentGroup *doc,
                         Spec *(Parser::*spec)(int)) {
  auto *d = make<GenDecl>();
  d->doc = doc;
  d->tokPos = keywordPos;
  d->tok = keyword;
  if (tok_ == Token::LPAREN) {
    d->lparen = pos_;
    next();
    int index = 0;
    d->rparen = list("grouped declaration", Token::SEMICOLON, Token::RPAREN, [&]() {
      if (Spec *s = (this->*spec)(index++))
        d->specs.push_back(s);
      return false;
    });
  } else {
    if (Spec *s = (this->*spec)(0))
      d->specs.push_back(s);
  }
  return d;
}

// ImportSpec = [ "." | PackageName ] ImportPath .
// ImportPath = string_lit .
Spec *Parser::importSpec(int) {
  auto *s = make<ImportSpec>();
  s->doc = leadComment_;
  switch (tok_) {
  case Token::IDENT:
    s->name = name();
    break;
  case Token::PERIOD:
    s->name = newIdent(pos_, ".");
    next();
    break;
  default:
    break;
  }
  s->path = oliteral();
  if (!s->path) {
    auto *b = make<BasicLit>();
    b->valuePos = pos_;
    b->kind = Token::STRING;
    b->value = ctx_.intern("\"\"");
    b->bad = true;
    s->path = b;
    s->endPos = pos_;
    syntaxError("missing import path");
    advance({Token::SEMICOLON, Token::RPAREN});
  } else if (!s->path->bad && s->path->kind != Token::STRING) {
    syntaxError("import path must be a string");
    s->path->bad = true;
  }
  if (tok_ == Token::SEMICOLON)
    s->comment = lineComment_;
  fileNode_->imports.push_back(s);
  return s;
}

// ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
Spec *Parser::constSpec(int) {
  auto *s = make<ValueSpec>();
  s->doc = leadComment_;
  s->names = nameList(name());
  if (tok_ != Token::EOF_ && tok_ != Token::SEMICOLON && tok_ != Token::RPAREN) {
    s->type = typeOrNil();
    if (gotAssign())
      s->values = exprList();
  }
  if (tok_ == Token::SEMICOLON)
    s->comment = lineComment_;
  return s;
}

// isTypeElem reports whether x is a (possibly parenthesized) type element
// expression. The result is false if x could be a type element OR an
// ordinary (value) expression.
bool isTypeElem(Expr *x) {
  switch (x->kind) {
  case NodeKind::ArrayType:
  case NodeKind::StructType:
  case NodeKind::FuncType:
  case NodeKind::InterfaceType:
  case NodeKind::MapType:
  case NodeKind::ChanType:
    return true;
  case NodeKind::BinaryExpr:
    return isTypeElem(cast<BinaryExpr>(x)->x) || isTypeElem(cast<BinaryExpr>(x)->y);
  case NodeKind::UnaryExpr:
    return cast<UnaryExpr>(x)->op == Token::TILDE || isTypeElem(cast<UnaryExpr>(x)->x);
  case NodeKind::StarExpr:
    return isTypeElem(cast<StarExpr>(x)->x);
  case NodeKind::ParenExpr:
    return isTypeElem(cast<ParenExpr>(x)->x);
  default:
    return false;
  }
}

// extractName splits the expression x into (name, expr) if syntactically x
// can be written as name expr. The split only happens if expr is a type
// element (per isTypeElem) or if force is set. If x is just a name, the
// result is (name, nullptr). Otherwise the result is (nullptr, x).
std::pair<Ident *, Expr *> extractName(Context &ctx, Expr *x, bool force) {
  switch (x->kind) {
  case NodeKind::Ident:
    return {cast<Ident>(x), nullptr};
  case NodeKind::BinaryExpr: {
    auto *b = cast<BinaryExpr>(x);
    if (b->op == Token::MUL) {
      if (auto *name = dyn_cast<Ident>(b->x); name && (force || isTypeElem(b->y))) {
        auto *s = ctx.make<StarExpr>();
        s->star = b->opPos;
        s->x = b->y;
        return {name, s};
      }
    } else if (b->op == Token::OR) {
      auto [name, lhs] = extractName(ctx, b->x, force || isTypeElem(b->y));
      if (name && lhs) {
        auto *op = ctx.make<BinaryExpr>();
        op->x = lhs;
        op->opPos = b->opPos;
        op->op = b->op;
        op->y = b->y;
        return {name, op};
      }
    }
    break;
  }
  case NodeKind::CallExpr: {
    auto *c = cast<CallExpr>(x);
    if (auto *name = dyn_cast<Ident>(c->fun)) {
      if (c->args.size() == 1 && c->ellipsis == NoPos && (force || isTypeElem(c->args[0])))
        return {name, c->args[0]};
    }
    break;
  }
  default:
    break;
  }
  return {nullptr, x};
}

// TypeSpec = identifier [ TypeParams ] [ "=" ] Type .
Spec *Parser::typeSpec(int) {
  auto *s = make<TypeSpec>();
  s->doc = leadComment_;
  s->name = name();
  if (tok_ == Token::LBRACK) {
    // s.name "[" ...: array/slice type or type parameter list
    Pos lbrack = pos_;
    next();
    switch (tok_) {
    case Token::IDENT: {
      // We may have an array type or a type parameter list. If the name is
      // followed by "[" it must be the start of an array or slice
      // constraint; otherwise parse a full expression and analyze it.
      Expr *x = name();
      if (tok_ != Token::LBRACK) {
        xnest_++;
        x = binaryExpr(pexpr(x), 0);
        xnest_--;
      }
      // A single name followed by "]" tilts the decision towards an array
      // declaration; a type parameter type that could also be an ordinary
      // expression but which is followed by a comma tilts it towards a type
      // parameter list.
      auto [pname, ptype] = extractName(ctx_, x, tok_ == Token::COMMA);
      if (pname && (ptype || tok_ != Token::RBRACK)) {
        s->typeParams = paramList(pname, ptype, Token::RBRACK, true, lbrack);
        gotAssign(&s->assign);
        s->type = typeOrNil();
      } else {
        s->type = arrayType(lbrack, x);
      }
      break;
    }
    case Token::RBRACK:
      next();
      s->type = sliceType(lbrack);
      break;
    default:
      s->type = arrayType(lbrack, nullptr);
      break;
    }
  } else {
    gotAssign(&s->assign);
    s->type = typeOrNil();
  }
  if (!s->type) {
    s->type = badExpr();
    syntaxError("in type declaration");
    advance({Token::SEMICOLON, Token::RPAREN});
  }
  if (tok_ == Token::SEMICOLON)
    s->comment = lineComment_;
  return s;
}

// VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
Spec *Parser::varSpec(int) {
  auto *s = make<ValueSpec>();
  s->doc = leadComment_;
  s->names = nameList(name());
  if (gotAssign()) {
    s->values = exprList();
  } else {
    s->type = type_();
    if (gotAssign())
      s->values = exprList();
  }
  if (tok_ == Token::SEMICOLON)
    s->comment = lineComment_;
  return s;
}

// FunctionDecl = "func" FunctionName [ TypeParams ] ( Function | Signature ) .
// FunctionName = identifier .
// Function     = Signature FunctionBody .
// MethodDecl   = "func" Receiver MethodName ( Function | Signature ) .
// Receiver     = Parameters .
FuncDecl *Parser::funcDeclOrNil(Pos funcPos, CommentGroup *doc) {
  auto *f = make<FuncDecl>();
  f->doc = doc;
  if (tok_ == Token::LPAREN) {
    Pos opening = pos_;
    next();
    f->recv = paramList(nullptr, nullptr, Token::RPAREN, false, opening);
    int n = f->recv->numFields();
    if (f->recv->list.empty())
      n = 0;
    if (n == 0)
      error("method has no receiver");
    else if (n > 1)
      error("method has multiple receivers");
  }
  if (tok_ != Token::IDENT) {
    syntaxError("expecting name or (");
    advance({Token::LBRACE, Token::SEMICOLON});
    return nullptr;
  }
  f->name = name();
  f->type = funcType(f->recv ? "method" : nullptr, funcPos);
  if (tok_ == Token::LBRACE)
    f->body = funcBody();
  return f;
}

BlockStmt *Parser::funcBody() {
  fnest_++;
  int errcnt = errcnt_;
  size_t diagErrors = diags_.errorCount();
  int outer = xnest_;
  xnest_ = 0;
  BlockStmt *body = blockStmt("");
  xnest_ = outer;
  fnest_--;
  // Don't check branches if there were syntax errors in the function as it
  // may lead to spurious errors or incomplete trees.
  if (errcnt == errcnt_ && diagErrors == diags_.errorCount())
    checkBranches(body, fset_, diags_);
  return body;
}

// ----------------------------------------------------------------------------
// Expressions

// Expression = UnaryExpr | Expression binary_op Expression .
Expr *Parser::binaryExpr(Expr *x, int prec) {
  if (!x)
    x = unaryExpr();
  int tprec;
  while ((tprec = precedence(tok_)) > prec) {
    auto *t = make<BinaryExpr>();
    t->opPos = pos_;
    t->op = tok_;
    next();
    t->x = x;
    t->y = binaryExpr(nullptr, tprec);
    x = t;
  }
  return x;
}

// UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
Expr *Parser::unaryExpr() {
  switch (tok_) {
  case Token::MUL: {
    auto *x = make<StarExpr>();
    x->star = pos_;
    next();
    x->x = unaryExpr();
    return x;
  }
  case Token::ADD:
  case Token::SUB:
  case Token::NOT:
  case Token::XOR:
  case Token::TILDE:
  case Token::AND: {
    auto *x = make<UnaryExpr>();
    x->opPos = pos_;
    x->op = tok_;
    next();
    x->x = unaryExpr();
    return x;
  }
  case Token::ARROW: {
    // receive op (<-x) or receive-only channel (<-chan E)
    Pos arrow = pos_;
    next();
    // If the next token is CHAN we still don't know if it is a channel
    // (<-chan int) or a receive op (<-chan int(ch)); we know once we have
    // found the end of the unaryExpr.
    Expr *x = unaryExpr();
    if (auto *typ = dyn_cast<ChanType>(x)) {
      // x is a channel type => re-associate <-:
      //   <-(chan E)   =>  (<-chan E)
      //   <-(chan<-E)  =>  (<-chan (<-E))
      uint8_t dir = SEND;
      Expr *t = typ;
      while (dir == SEND) {
        auto *c = dyn_cast<ChanType>(t);
        if (!c)
          break;
        dir = c->dir;
        if (dir == RECV) {
          // t is type <-chan E but <-<-chan E is not permitted
          syntaxError("unexpected <-, expecting chan");
        }
        Pos a = c->arrow;
        c->begin = arrow;
        c->arrow = arrow;
        arrow = a;
        c->dir = RECV;
        t = c->value;
      }
      if (dir == SEND) {
        // channel dir is <- but channel element E is not a channel
        syntaxError("unexpected " + exprString(t) + ", expecting chan");
      }
      return x;
    }
    // x is not a channel type => we have a receive op
    auto *o = make<UnaryExpr>();
    o->opPos = arrow;
    o->op = Token::ARROW;
    o->x = x;
    return o;
  }
  default:
    break;
  }
  return pexpr(nullptr);
}

// callStmt parses call-like statements that can be preceded by 'defer' and 'go'.
Stmt *Parser::callStmt() {
  Token t = tok_;
  Pos p = pos_;
  next();
  Expr *x = pexpr(nullptr);
  std::string what(tokenString(t));
  if (Expr *u = unparen(x); u != x) {
    errorAt(x->pos(), "expression in " + what + " must not be parenthesized");
    x = u;
  }
  auto *cx = dyn_cast<CallExpr>(x);
  if (!cx) {
    errorAt(gcPos(x), "expression in " + what + " must be function call");
    // assume common error of missing parentheses (function invocation)
    cx = make<CallExpr>();
    cx->fun = x;
    cx->lparen = x->end();
    cx->rparen = x->end() > 0 ? x->end() - 1 : x->end();
  }
  if (t == Token::GO) {
    auto *s = make<GoStmt>();
    s->goPos = p;
    s->call = cx;
    return s;
  }
  auto *s = make<DeferStmt>();
  s->deferPos = p;
  s->call = cx;
  return s;
}

// Operand     = Literal | OperandName | MethodExpr | "(" Expression ")" .
// Literal     = BasicLit | CompositeLit | FunctionLit .
// BasicLit    = int_lit | float_lit | imaginary_lit | rune_lit | string_lit .
// OperandName = identifier | QualifiedIdent.
Expr *Parser::operand() {
  switch (tok_) {
  case Token::IDENT:
    return name();
  case Token::INT:
  case Token::FLOAT:
  case Token::IMAG:
  case Token::CHAR:
  case Token::STRING:
    return oliteral();
  case Token::LPAREN: {
    auto *px = make<ParenExpr>();
    px->lparen = pos_;
    next();
    xnest_++;
    px->x = expr();
    xnest_--;
    px->rparen = pos_;
    want(Token::RPAREN);
    return px;
  }
  case Token::FUNC: {
    Pos p = pos_;
    next();
    FuncType *ftyp = funcType("function type", p);
    if (tok_ == Token::LBRACE) {
      xnest_++;
      auto *f = make<FuncLit>();
      f->type = ftyp;
      f->body = funcBody();
      xnest_--;
      return f;
    }
    return ftyp;
  }
  case Token::LBRACK:
  case Token::CHAN:
  case Token::MAP:
  case Token::STRUCT:
  case Token::INTERFACE:
    return type_(); // othertype
  default: {
    Expr *x = badExpr();
    syntaxError("expecting expression");
    advance({Token::RPAREN, Token::RBRACK, Token::RBRACE});
    return x;
  }
  }
}

// isValue reports whether x syntactically must be a value (and not a type)
// expression.
bool isValue(Expr *x) {
  switch (x->kind) {
  case NodeKind::BasicLit:
  case NodeKind::CompositeLit:
  case NodeKind::FuncLit:
  case NodeKind::SliceExpr:
  case NodeKind::TypeAssertExpr:
  case NodeKind::CallExpr:
    return true;
  case NodeKind::UnaryExpr:
  case NodeKind::BinaryExpr:
    return true;
  case NodeKind::StarExpr:
    return false; // *T may be a type
  case NodeKind::ParenExpr:
    return isValue(cast<ParenExpr>(x)->x);
  case NodeKind::IndexExpr:
    return isValue(cast<IndexExpr>(x)->x) || isValue(cast<IndexExpr>(x)->index);
  case NodeKind::IndexListExpr:
    return isValue(cast<IndexListExpr>(x)->x);
  default:
    return false;
  }
}

Expr *Parser::makeIndex(Expr *x, Pos lbrack, std::vector<Expr *> &indices, Pos rbrack) {
  if (indices.size() == 1) {
    auto *t = make<IndexExpr>();
    t->x = x;
    t->lbrack = lbrack;
    t->index = indices[0];
    t->rbrack = rbrack;
    return t;
  }
  auto *t = make<IndexListExpr>();
  t->x = x;
  t->lbrack = lbrack;
  t->indices = std::move(indices);
  t->rbrack = rbrack;
  return t;
}

// pexpr parses a PrimaryExpr.
//
//	PrimaryExpr =
//		Operand |
//		Conversion |
//		PrimaryExpr Selector |
//		PrimaryExpr Index |
//		PrimaryExpr Slice |
//		PrimaryExpr TypeAssertion |
//		PrimaryExpr Arguments .
//
//	Selector       = "." identifier .
//	Index          = "[" Expression "]" .
//	Slice          = "[" ( [ Expression ] ":" [ Expression ] ) |
//	                     ( [ Expression ] ":" Expression ":" Expression )
//	                 "]" .
//	TypeAssertion  = "." "(" Type ")" .
//	Arguments      = "(" [ ( ExpressionList | Type [ "," ExpressionList ] ) [ "..." ] [ "," ] ]
//")" .
Expr *Parser::pexpr(Expr *x) {
  if (!x)
    x = operand();
  for (;;) {
    Pos p = pos_;
    switch (tok_) {
    case Token::PERIOD: {
      next();
      switch (tok_) {
      case Token::IDENT: {
        auto *t = make<SelectorExpr>();
        t->x = x;
        t->sel = name();
        x = t;
        break;
      }
      case Token::LPAREN: {
        auto *t = make<TypeAssertExpr>();
        t->x = x;
        t->lparen = pos_;
        next();
        if (!got(Token::TYPE))
          t->type = type_();
        t->rparen = pos_;
        want(Token::RPAREN);
        x = t;
        break;
      }
      default:
        syntaxError("expecting name or (");
        advance({Token::SEMICOLON, Token::RPAREN});
        break;
      }
      break;
    }
    case Token::LBRACK: {
      next();
      if (tok_ == Token::RBRACK) {
        // invalid empty instance, slice or index expression; accept but complain
        syntaxError("expecting operand");
        Pos rb = pos_;
        next();
        std::vector<Expr *> idx{badExprAt(rb)};
        x = makeIndex(x, p, idx, rb);
        break;
      }
      Expr *i = nullptr;
      if (tok_ != Token::COLON) {
        bool comma = false;
        std::vector<Expr *> list = typeList(comma);
        if (comma || tok_ == Token::RBRACK) {
          Pos rb = pos_;
          want(Token::RBRACK);
          // x[i,] or x[i, j, ...]
          x = makeIndex(x, p, list, rb);
          break;
        }
        i = list[0];
      }
      // x[i:...
      if (!got(Token::COLON)) {
        syntaxError("expecting comma, : or ]");
        advance({Token::COMMA, Token::COLON, Token::RBRACK});
      }
      xnest_++;
      auto *t = make<SliceExpr>();
      t->x = x;
      t->lbrack = p;
      t->low = i;
      if (tok_ != Token::COLON && tok_ != Token::RBRACK) {
        // x[i:j...
        t->high = expr();
      }
      if (tok_ == Token::COLON) {
        t->slice3 = true;
        // x[i:j:...]
        if (!t->high) {
          error("middle index required in 3-index slice");
          t->high = badExpr();
        }
        next();
        if (tok_ != Token::RBRACK) {
          // x[i:j:k...
          t->max = expr();
        } else {
          error("final index required in 3-index slice");
          t->max = badExpr();
        }
      }
      xnest_--;
      t->rbrack = pos_;
      want(Token::RBRACK);
      x = t;
      break;
    }
    case Token::LPAREN: {
      auto *t = make<CallExpr>();
      t->fun = x;
      t->lparen = pos_;
      next();
      argList(t);
      x = t;
      break;
    }
    case Token::LBRACE: {
      // operand may have returned a parenthesized complit type; accept it
      // but complain if we have a complit
      Expr *t = unparen(x);
      // determine if '{' belongs to a composite literal or a block statement
      bool complitOk = false;
      switch (t->kind) {
      case NodeKind::Ident:
      case NodeKind::SelectorExpr:
        complitOk = xnest_ >= 0; // x is possibly a composite literal type
        break;
      case NodeKind::IndexExpr:
      case NodeKind::IndexListExpr:
        complitOk = xnest_ >= 0 && !isValue(t);
        break;
      case NodeKind::ArrayType:
      case NodeKind::StructType:
      case NodeKind::MapType:
        complitOk = true; // x is a comptype
        break;
      default:
        break;
      }
      if (!complitOk)
        return x;
      if (t != x)
        syntaxError("cannot parenthesize type in composite literal");
      x = complitExpr(x);
      break;
    }
    default:
      return x;
    }
  }
}

// Element = Expression | LiteralValue .
Expr *Parser::bareComplitExpr() {
  if (tok_ == Token::LBRACE)
    return complitExpr(nullptr); // '{' start_complit braced_keyval_list '}'
  return expr();
}

// LiteralValue = "{" [ ElementList [ "," ] ] "}" .
CompositeLit *Parser::complitExpr(Expr *type) {
  auto *x = make<CompositeLit>();
  x->type = type;
  x->lbrace = pos_;
  xnest_++;
  want(Token::LBRACE);
  x->rbrace = list("composite literal", Token::COMMA, Token::RBRACE, [&]() {
    Expr *e = bareComplitExpr();
    if (tok_ == Token::COLON) {
      // key ':' value
      auto *l = make<KeyValueExpr>();
      l->colon = pos_;
      next();
      l->key = e;
      l->value = bareComplitExpr();
      e = l;
    }
    x->elts.push_back(e);
    return false;
  });
  xnest_--;
  return x;
}

// ----------------------------------------------------------------------------
// Types

Expr *Parser::type_() {
  Expr *typ = typeOrNil();
  if (!typ) {
    typ = badExpr();
    syntaxError("expecting type");
    advance({Token::COMMA, Token::COLON, Token::SEMICOLON, Token::RPAREN, Token::RBRACK,
             Token::RBRACE});
  }
  return typ;
}

// typeOrNil is like type_ but it returns nullptr if there was no type
// instead of reporting an error.
//
//	Type     = TypeName | TypeLit | "(" Type ")" .
//	TypeName = identifier | QualifiedIdent .
//	TypeLit  = ArrayType | StructType | PointerType | FunctionType | InterfaceType |
//		      SliceType | MapType | Channel_Type .
Expr *Parser::typeOrNil() {
  Pos p = pos_;
  switch (tok_) {
  case Token::MUL: {
    // ptrtype
    next();
    auto *s = make<StarExpr>();
    s->star = p;
    s->x = type_();
    return s;
  }
  case Token::ARROW: {
    // recvchantype
    next();
    want(Token::CHAN);
    auto *t = make<ChanType>();
    t->begin = p;
    t->arrow = p;
    t->dir = RECV;
    t->value = chanElem();
    return t;
  }
  case Token::FUNC:
    // fntype
    next();
    return funcType("function type", p);
  case Token::LBRACK:
    // '[' oexpr ']' ntype
    // '[' _DotDotDot ']' ntype
    next();
    if (got(Token::RBRACK))
      return sliceType(p);
    return arrayType(p, nullptr);
  case Token::CHAN: {
    // _Chan non_recvchantype
    // _Chan _Comm ntype
    next();
    auto *t = make<ChanType>();
    t->begin = p;
    if (tok_ == Token::ARROW) {
      t->arrow = pos_;
      next();
      t->dir = SEND;
    }
    t->value = chanElem();
    return t;
  }
  case Token::MAP: {
    // _Map '[' ntype ']' ntype
    next();
    want(Token::LBRACK);
    auto *t = make<MapType>();
    t->mapPos = p;
    t->key = type_();
    want(Token::RBRACK);
    t->value = type_();
    return t;
  }
  case Token::STRUCT:
    return structType();
  case Token::INTERFACE:
    return interfaceType();
  case Token::IDENT:
    return qualifiedName(nullptr);
  case Token::LPAREN: {
    auto *px = make<ParenExpr>();
    px->lparen = p;
    next();
    px->x = type_();
    px->rparen = pos_;
    want(Token::RPAREN);
    return px;
  }
  default:
    return nullptr;
  }
}

Expr *Parser::typeInstance(Expr *typ) {
  Pos lbrack = pos_;
  want(Token::LBRACK);
  std::vector<Expr *> list;
  if (tok_ == Token::RBRACK) {
    syntaxError("expecting type");
    list.push_back(badExpr());
  } else {
    bool comma;
    list = typeList(comma);
  }
  Pos rbrack = pos_;
  want(Token::RBRACK);
  return makeIndex(typ, lbrack, list, rbrack);
}

// If context != nullptr, type parameters are not permitted.
FuncType *Parser::funcType(const char *context, Pos funcPos) {
  auto *typ = make<FuncType>();
  typ->funcPos = funcPos;
  if (tok_ == Token::LBRACK) {
    Pos lbrack = pos_;
    next();
    if (context) {
      // accept but complain
      syntaxErrorAt(lbrack, std::string(context) + " must have no type parameters");
    }
    if (tok_ == Token::RBRACK) {
      syntaxError("empty type parameter list");
      next();
    } else {
      typ->typeParams = paramList(nullptr, nullptr, Token::RBRACK, true, lbrack);
    }
  }
  Pos lparen = pos_;
  want(Token::LPAREN);
  typ->params = paramList(nullptr, nullptr, Token::RPAREN, false, lparen);
  typ->results = funcResult();
  return typ;
}

// "[" has already been consumed, and lbrack is its position.
// If len != nullptr it is the already consumed array length.
Expr *Parser::arrayType(Pos lbrack, Expr *len) {
  if (!len) {
    if (tok_ == Token::ELLIPSIS) {
      auto *e = make<Ellipsis>();
      e->ellipsis = pos_;
      next();
      len = e;
    } else {
      xnest_++;
      len = expr();
      xnest_--;
    }
  }
  if (tok_ == Token::COMMA) {
    // Trailing commas are accepted in type parameter lists but not in
    // array type declarations. Accept for better error handling but complain.
    syntaxError("unexpected comma; expecting ]");
    next();
  }
  want(Token::RBRACK);
  auto *t = make<ArrayType>();
  t->lbrack = lbrack;
  t->len = len;
  t->elt = type_();
  return t;
}

// "[" and "]" have already been consumed, and lbrack is the position of "[".
Expr *Parser::sliceType(Pos lbrack) {
  auto *t = make<ArrayType>();
  t->lbrack = lbrack;
  t->elt = type_();
  return t;
}

Expr *Parser::chanElem() {
  Expr *typ = typeOrNil();
  if (!typ) {
    typ = badExpr();
    syntaxError("missing channel element type");
    // assume element type is simply absent - don't advance
  }
  return typ;
}

// StructType = "struct" "{" { FieldDecl ";" } "}" .
StructType *Parser::structType() {
  auto *typ = make<StructType>();
  typ->structPos = pos_;
  want(Token::STRUCT);
  auto *fl = make<FieldList>();
  typ->fields = fl;
  fl->opening = pos_;
  want(Token::LBRACE);
  fl->closing = list("struct type", Token::SEMICOLON, Token::RBRACE, [&]() {
    fieldDecl(typ);
    return false;
  });
  return typ;
}

// InterfaceType = "interface" "{" { ( MethodDecl | EmbeddedElem | TypeList ) ";" } "}" .
// TypeList      = "type" Type { "," Type } .
InterfaceType *Parser::interfaceType() {
  auto *typ = make<InterfaceType>();
  typ->interfacePos = pos_;
  want(Token::INTERFACE);
  auto *fl = make<FieldList>();
  typ->methods = fl;
  fl->opening = pos_;
  want(Token::LBRACE);
  fl->closing = list("interface type", Token::SEMICOLON, Token::RBRACE, [&]() {
    CommentGroup *doc = leadComment_;
    Field *f = nullptr;
    if (tok_ == Token::IDENT)
      f = methodDecl();
    if (!f || f->names.empty())
      f = embeddedElem(f);
    f->doc = doc;
    if (tok_ == Token::SEMICOLON)
      f->comment = lineComment_;
    fl->list.push_back(f);
    return false;
  });
  return typ;
}

// Result = Parameters | Type .
FieldList *Parser::funcResult() {
  if (tok_ == Token::LPAREN) {
    Pos lparen = pos_;
    next();
    return paramList(nullptr, nullptr, Token::RPAREN, false, lparen);
  }
  if (Expr *typ = typeOrNil()) {
    auto *f = make<Field>();
    f->type = typ;
    auto *fl = make<FieldList>();
    fl->list.push_back(f);
    return fl;
  }
  return nullptr;
}

// FieldDecl      = (IdentifierList Type | AnonymousField) [ Tag ] .
// AnonymousField = [ "*" ] TypeName .
// Tag            = string_lit .
void Parser::fieldDecl(StructType *styp) {
  CommentGroup *doc = leadComment_;
  auto *f = make<Field>();
  f->doc = doc;
  Pos p = pos_;
  switch (tok_) {
  case Token::IDENT: {
    Ident *n = name();
    if (tok_ == Token::PERIOD || isBasicLit(tok_) || tok_ == Token::SEMICOLON ||
        tok_ == Token::RBRACE) {
      // embedded type
      f->type = qualifiedName(n);
      f->tag = oliteral();
      break;
    }
    // name1, name2, ... Type [ tag ]
    std::vector<Ident *> names = nameList(n);
    // Careful dance: We don't know if we have an embedded instantiated
    // type T[P1, P2, ...] or a field T of array/slice type [P]E or []E.
    if (names.size() == 1 && tok_ == Token::LBRACK) {
      Expr *typ = arrayOrTArgs();
      if (auto *ix = dyn_cast<IndexExpr>(typ); ix && !ix->x) {
        ix->x = n; // embedded type T[P]
        f->type = ix;
        f->tag = oliteral();
        break;
      }
      if (auto *ix = dyn_cast<IndexListExpr>(typ); ix && !ix->x) {
        ix->x = n; // embedded type T[P1, P2, ...]
        f->type = ix;
        f->tag = oliteral();
        break;
      }
      f->names = std::move(names);
      f->type = typ;
    } else {
      // T P
      f->names = std::move(names);
      f->type = type_();
    }
    f->tag = oliteral();
    break;
  }
  case Token::MUL: {
    next();
    Expr *typ;
    if (tok_ == Token::LPAREN) {
      // *(T)
      syntaxError("cannot parenthesize embedded type");
      next();
      typ = qualifiedName(nullptr);
      got(Token::RPAREN); // no need to complain if missing
    } else {
      // *T
      typ = qualifiedName(nullptr);
    }
    auto *s = make<StarExpr>();
    s->star = p;
    s->x = typ;
    f->type = s;
    f->tag = oliteral();
    break;
  }
  case Token::LPAREN: {
    syntaxError("cannot parenthesize embedded type");
    next();
    Expr *typ;
    if (tok_ == Token::MUL) {
      // (*T)
      auto *s = make<StarExpr>();
      s->star = pos_;
      next();
      s->x = qualifiedName(nullptr);
      typ = s;
    } else {
      // (T)
      typ = qualifiedName(nullptr);
    }
    got(Token::RPAREN); // no need to complain if missing
    f->type = typ;
    f->tag = oliteral();
    break;
  }
  default:
    syntaxError("expecting field name or embedded type");
    advance({Token::SEMICOLON, Token::RBRACE});
    return;
  }
  if (tok_ == Token::SEMICOLON)
    f->comment = lineComment_;
  styp->fields->list.push_back(f);
}

// arrayOrTArgs parses "[" ... after a name: an array or slice type [n]E,
// []E, or type arguments [A, B] (returned as an IndexExpr or IndexListExpr
// whose x the caller fills in).
Expr *Parser::arrayOrTArgs() {
  Pos lbrack = pos_;
  want(Token::LBRACK);
  if (got(Token::RBRACK))
    return sliceType(lbrack);

  // x [n]E or x[n,], x[n1, n2], ...
  bool comma = false;
  std::vector<Expr *> list = typeList(comma);
  Pos rbrack = pos_;
  want(Token::RBRACK);
  if (!comma) {
    if (Expr *elem = typeOrNil()) {
      // x [n]E
      auto *t = make<ArrayType>();
      t->lbrack = lbrack;
      t->len = list[0];
      t->elt = elem;
      return t;
    }
  }
  // x[n,], x[n1, n2], ...
  return makeIndex(nullptr, lbrack, list, rbrack);
}

BasicLit *Parser::oliteral() {
  if (isBasicLit(tok_)) {
    auto *b = make<BasicLit>();
    b->valuePos = pos_;
    b->kind = tok_;
    b->value = ctx_.save(lit_);
    b->bad = bad_;
    next();
    return b;
  }
  return nullptr;
}

// MethodSpec        = MethodName Signature | InterfaceTypeName .
// MethodName        = identifier .
// InterfaceTypeName = TypeName .
Field *Parser::methodDecl() {
  auto *f = make<Field>();
  Ident *n = name();
  const char *context = "interface method";
  switch (tok_) {
  case Token::LPAREN:
    // method
    f->names.push_back(n);
    f->type = funcType(context, NoPos);
    break;
  case Token::LBRACK: {
    // Careful dance: We don't know if we have a generic method m[T C](x T)
    // or an embedded instantiated type T[P1, P2] (we accept generic methods
    // for generality and robustness of parsing but complain with an error).
    Pos lbrack = pos_;
    next();
    // Empty type parameter or argument lists are not permitted. Treat as
    // if [] were absent.
    if (tok_ == Token::RBRACK) {
      // name[]
      Pos p = pos_;
      next();
      if (tok_ == Token::LPAREN) {
        // name[](
        errorAt(p, "empty type parameter list");
        f->names.push_back(n);
        f->type = funcType(context, NoPos);
      } else {
        errorAt(p, "empty type argument list");
        f->type = n;
      }
      break;
    }
    // A type argument list looks like a parameter list with only types.
    // Parse a parameter list and decide afterwards.
    FieldList *list = paramList(nullptr, nullptr, Token::RBRACK, false, lbrack);
    if (list->list.empty()) {
      // The type parameter list is not [] but we got nothing due to other
      // errors (reported by paramList). Treat as if [] were absent.
      if (tok_ == Token::LPAREN) {
        f->names.push_back(n);
        f->type = funcType(context, NoPos);
      } else {
        f->type = n;
      }
      break;
    }
    if (!list->list[0]->names.empty()) {
      // generic method
      f->names.push_back(n);
      auto *ft = funcType(context, NoPos);
      ft->typeParams = list;
      f->type = ft;
      errorAt(lbrack, "interface method must have no type parameters");
      break;
    }
    // embedded instantiated type
    std::vector<Expr *> args;
    for (Field *a : list->list)
      args.push_back(a->type);
    f->type = makeIndex(n, lbrack, args, list->closing);
    break;
  }
  default:
    // embedded type
    f->type = qualifiedName(n);
    break;
  }
  return f;
}

// EmbeddedElem = MethodSpec | EmbeddedTerm { "|" EmbeddedTerm } .
Field *Parser::embeddedElem(Field *f) {
  if (!f) {
    f = make<Field>();
    f->type = embeddedTerm();
  }
  while (tok_ == Token::OR) {
    auto *t = make<BinaryExpr>();
    t->opPos = pos_;
    t->op = Token::OR;
    next();
    t->x = f->type;
    t->y = embeddedTerm();
    f->type = t;
  }
  return f;
}

// EmbeddedTerm = [ "~" ] Type .
Expr *Parser::embeddedTerm() {
  if (tok_ == Token::TILDE) {
    auto *t = make<UnaryExpr>();
    t->opPos = pos_;
    t->op = Token::TILDE;
    next();
    t->x = type_();
    return t;
  }
  Expr *t = typeOrNil();
  if (!t) {
    t = badExpr();
    syntaxError("expecting ~ term or type");
    TokenSet follow = {Token::SEMICOLON, Token::RPAREN, Token::RBRACK, Token::RBRACE};
    for (int k = static_cast<int>(Token::ADD); k <= static_cast<int>(Token::AND_NOT); k++)
      follow.add(static_cast<Token>(k));
    for (Token k : {Token::LAND, Token::LOR, Token::EQL, Token::LSS, Token::GTR, Token::NOT,
                    Token::NEQ, Token::LEQ, Token::GEQ, Token::TILDE})
      follow.add(k);
    advance(follow, true);
  }
  return t;
}

// ParameterDecl = [ IdentifierList ] [ "..." ] Type .
bool Parser::paramDeclOrNil(Ident *n, Token follow, Param &f) {
  // type set notation is ok in type parameter lists
  bool typeSetsOk = follow == Token::RBRACK;

  f.pos = pos_;
  if (n) {
    f.pos = n->pos();
  } else if (typeSetsOk && tok_ == Token::TILDE) {
    // "~" ...
    f.type = embeddedElem(nullptr)->type;
    return true;
  }

  auto unionRest = [&](Expr *t) {
    Field tmp;
    tmp.type = t;
    return embeddedElem(&tmp)->type;
  };

  if (tok_ == Token::IDENT || n) {
    // name
    if (!n)
      n = name();

    if (tok_ == Token::LBRACK) {
      // name "[" ...
      Expr *t = arrayOrTArgs();
      if (auto *ix = dyn_cast<IndexExpr>(t); ix && !ix->x) {
        ix->x = n; // name "[" ... "]"
        f.type = ix;
      } else if (auto *il = dyn_cast<IndexListExpr>(t); il && !il->x) {
        il->x = n;
        f.type = il;
      } else {
        // name "[" n "]" E
        f.name = n;
        f.type = t;
      }
      if (typeSetsOk && tok_ == Token::OR) {
        // name "[" ... "]" "|" ...
        // name "[" n "]" E "|" ...
        f.type = unionRest(f.type);
      }
      return true;
    }

    if (tok_ == Token::PERIOD) {
      // name "." ...
      f.type = qualifiedName(n);
      if (typeSetsOk && tok_ == Token::OR)
        f.type = unionRest(f.type); // name "." name "|" ...
      return true;
    }

    if (typeSetsOk && tok_ == Token::OR) {
      // name "|" ...
      f.type = unionRest(n);
      return true;
    }

    f.name = n;
  }

  if (tok_ == Token::ELLIPSIS) {
    // [name] "..." ...
    auto *t = make<Ellipsis>();
    t->ellipsis = pos_;
    next();
    t->elt = typeOrNil();
    if (!t->elt) {
      t->elt = badExpr();
      syntaxError("... is missing type");
    }
    f.type = t;
    return true;
  }

  if (typeSetsOk && tok_ == Token::TILDE) {
    // [name] "~" ...
    f.type = embeddedElem(nullptr)->type;
    return true;
  }

  f.type = typeOrNil();
  if (typeSetsOk && tok_ == Token::OR && f.type) {
    // [name] type "|"
    f.type = unionRest(f.type);
  }
  if (f.name || f.type)
    return true;

  syntaxError("expecting " + tokstring(follow));
  advance({Token::COMMA, follow});
  return false;
}

// Parameters    = "(" [ ParameterList [ "," ] ] ")" .
// ParameterList = ParameterDecl { "," ParameterDecl } .
// "(" or "[" has already been consumed (at opening). If name != nullptr, it
// is the first name after "(" or "["; if typ != nullptr, (name, typ) is the
// first parameter. In the result either all fields have names or none has.
FieldList *Parser::paramList(Ident *name, Expr *typ, Token close, bool requireNames, Pos opening) {
  auto *fl = make<FieldList>();
  fl->opening = opening;
  std::vector<Param> list;

  // list won't invoke its function argument if we're at the end of the
  // parameter list. If we have a complete field, handle this case here.
  if (name && typ && tok_ == close) {
    fl->closing = pos_;
    next();
    auto *f = make<Field>();
    f->names.push_back(name);
    f->type = typ;
    fl->list.push_back(f);
    return fl;
  }

  int named = 0; // number of parameters that have an explicit name and type
  int typed = 0; // number of parameters that have an explicit type
  Pos closing = this->list("parameter list", Token::COMMA, close, [&]() {
    Param par;
    bool ok;
    if (typ) {
      par.pos = name->pos();
      par.name = name;
      par.type = typ;
      ok = true;
    } else {
      ok = paramDeclOrNil(name, close, par);
    }
    name = nullptr; // 1st name was consumed if present
    typ = nullptr;  // 1st type was consumed if present
    if (ok) {
      if (par.name && par.type)
        named++;
      if (par.type)
        typed++;
      list.push_back(par);
    }
    return false;
  });
  fl->closing = closing;

  if (list.empty())
    return fl;

  // distribute parameter types
  if (named == 0 && !requireNames) {
    // all unnamed => found names are named types
    for (Param &par : list) {
      if (par.name) {
        par.type = par.name;
        par.name = nullptr;
      }
    }
  } else if (named != static_cast<int>(list.size())) {
    // some named => all must have names and types
    Pos errPos = NoPos; // left-most error position (or unknown)
    Expr *t = nullptr;  // current type (from right to left)
    for (size_t k = list.size(); k-- > 0;) {
      Param &par = list[k];
      if (par.type) {
        t = par.type;
        if (!par.name) {
          errPos = t->pos();
          par.name = newIdent(errPos, "_");
        }
      } else if (t) {
        par.type = t;
      } else {
        // par.type == nullptr && t == nullptr => we only have a par.name
        errPos = par.name->pos();
        par.type = badExprAt(errPos);
      }
    }
    if (errPos != NoPos) {
      std::string msg;
      if (requireNames) {
        if (named == typed) {
          errPos = closing; // position error at closing ]
          msg = "missing type constraint";
        } else {
          msg = "type parameters must be named";
        }
      } else {
        msg = "mixed named and unnamed parameters";
      }
      syntaxErrorAt(errPos, msg);
    }
  }

  // Group names sharing one type into one Field, as go/ast does.
  for (size_t k = 0; k < list.size();) {
    auto *f = make<Field>();
    if (!list[k].name) {
      f->type = list[k].type;
      k++;
    } else {
      Expr *t = list[k].type;
      while (k < list.size() && list[k].name && list[k].type == t) {
        f->names.push_back(list[k].name);
        k++;
      }
      f->type = t;
    }
    fl->list.push_back(f);
  }
  return fl;
}

// ----------------------------------------------------------------------------
// Statements

// SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl .
Stmt *Parser::simpleStmt(std::vector<Expr *> lhs, Token keyword) {
  if (keyword == Token::FOR && tok_ == Token::RANGE) {
    // _Range expr
    return rangeClause({}, Token::ILLEGAL, NoPos);
  }

  if (lhs.empty())
    lhs = exprList();

  if (lhs.size() == 1 && tok_ != Token::ASSIGN && tok_ != Token::DEFINE) {
    // expr
    Pos p = pos_;
    Token t = tok_;
    if (isAssignOp(t)) {
      // lhs op= rhs
      next();
      auto *s = make<AssignStmt>();
      s->lhs = std::move(lhs);
      s->tokPos = p;
      s->tok = t;
      s->rhs.push_back(expr());
      return s;
    }
    if (t == Token::INC || t == Token::DEC) {
      // lhs++ or lhs--
      next();
      auto *s = make<IncDecStmt>();
      s->x = lhs[0];
      s->tokPos = p;
      s->tok = t;
      return s;
    }
    if (t == Token::ARROW) {
      // lhs <- rhs
      auto *s = make<SendStmt>();
      s->arrow = p;
      next();
      s->chan = lhs[0];
      s->value = expr();
      return s;
    }
    // expr
    auto *s = make<ExprStmt>();
    s->x = lhs[0];
    return s;
  }

  // expr_list
  switch (tok_) {
  case Token::ASSIGN:
  case Token::DEFINE: {
    Pos p = pos_;
    Token t = tok_;
    next();
    if (keyword == Token::FOR && tok_ == Token::RANGE) {
      // expr_list op= _Range expr
      return rangeClause(std::move(lhs), t, p);
    }
    // expr_list op= expr_list
    auto *s = make<AssignStmt>();
    s->lhs = std::move(lhs);
    s->tokPos = p;
    s->tok = t;
    s->rhs = exprList();
    return s;
  }
  default: {
    syntaxError("expecting := or = or comma");
    advance({Token::SEMICOLON, Token::RBRACE});
    // make the best of what we have
    auto *s = make<ExprStmt>();
    s->x = lhs[0];
    return s;
  }
  }
}

Stmt *Parser::rangeClause(std::vector<Expr *> lhs, Token tok, Pos tokPos) {
  auto *r = make<RangeStmt>();
  next(); // consume RANGE
  if (!lhs.empty()) {
    r->key = lhs[0];
    if (lhs.size() > 1)
      r->value = lhs[1];
    if (lhs.size() > 2)
      errorAt(lhs[2]->pos(), "range clause permits at most two iteration variables");
    r->tok = tok;
    r->tokPos = tokPos;
  }
  r->x = expr();
  return r;
}

Stmt *Parser::labeledStmtOrNil(Ident *label) {
  auto *s = make<LabeledStmt>();
  s->label = label;
  s->colon = pos_;
  want(Token::COLON);

  if (tok_ == Token::RBRACE) {
    // We expect a statement (incl. an empty statement), which must be
    // terminated by a semicolon. Because semicolons may be omitted before
    // an RBRACE, seeing an RBRACE implies an empty statement.
    auto *e = make<EmptyStmt>();
    e->semicolon = pos_;
    e->implicit = true;
    s->stmt = e;
    return s;
  }

  s->stmt = stmtOrNil();
  if (s->stmt)
    return s;

  // report error at line of ':' token
  syntaxErrorAt(s->colon, "missing statement after label");
  // we are already at the end of the labeled statement - no need to advance
  return nullptr; // avoids follow-on errors
}

// context must be non-empty unless we know that tok_ == LBRACE.
BlockStmt *Parser::blockStmt(const char *context) {
  auto *s = make<BlockStmt>();
  s->lbrace = pos_;

  // people coming from C may forget that braces are mandatory in Go
  if (!got(Token::LBRACE)) {
    syntaxError(std::string("expecting { after ") + context);
    advance({Token::IDENT, Token::RBRACE});
    s->rbrace = pos_; // in case we found "}"
    if (got(Token::RBRACE))
      return s;
    s->rbrace = NoPos;
  }

  s->list = stmtList();
  s->rbrace = pos_;
  want(Token::RBRACE);
  return s;
}

Stmt *Parser::declStmt(Token keyword) {
  CommentGroup *doc = leadComment_;
  Pos p = pos_;
  next(); // CONST, TYPE, or VAR
  auto *s = make<DeclStmt>();
  switch (keyword) {
  case Token::CONST:
    s->decl = genDecl(keyword, p, doc, &Parser::constSpec);
    break;
  case Token::TYPE:
    s->decl = genDecl(keyword, p, doc, &Parser::typeSpec);
    break;
  default:
    s->decl = genDecl(keyword, p, doc, &Parser::varSpec);
    break;
  }
  return s;
}

// ForStmt = "for" [ Condition | ForClause | RangeClause ] Block .
Stmt *Parser::forStmt() {
  Pos p = pos_;
  Stmt *init = nullptr, *cond = nullptr, *post = nullptr;
  header(Token::FOR, init, cond, post);
  if (auto *r = dyn_cast<RangeStmt>(init)) {
    r->forPos = p;
    r->body = blockStmt("for clause");
    return r;
  }
  auto *s = make<ForStmt>();
  s->forPos = p;
  s->init = init;
  s->cond = condExpr(cond);
  s->post = post;
  s->body = blockStmt("for clause");
  return s;
}

// condExpr unpacks a condition statement produced by header.
Expr *Parser::condExpr(Stmt *s) {
  if (!s)
    return nullptr;
  if (auto *e = dyn_cast<ExprStmt>(s))
    return e->x;
  auto *b = make<BadExpr>();
  b->from = s->pos();
  b->to = s->end();
  return b;
}

// header parses the header of an if, for, or switch statement: init, the
// condition (as a statement, so switch can find a type switch guard) and,
// for "for", the post statement.
void Parser::header(Token keyword, Stmt *&init, Stmt *&condStmt, Stmt *&post) {
  want(keyword);
  init = condStmt = post = nullptr;

  if (tok_ == Token::LBRACE) {
    if (keyword == Token::IF) {
      syntaxError("missing condition in if statement");
      auto *e = make<ExprStmt>();
      e->x = badExpr();
      condStmt = e;
    }
    return;
  }
  // tok_ != LBRACE

  int outer = xnest_;
  xnest_ = -1;

  if (tok_ != Token::SEMICOLON) {
    // accept potential varDecl but complain
    if (got(Token::VAR))
      syntaxError("var declaration not allowed in " + tokstring(keyword) + " initializer");
    init = simpleStmt({}, keyword);
    // If we have a range clause, we are done (can only happen for keyword == FOR).
    if (isa<RangeStmt>(init)) {
      xnest_ = outer;
      return;
    }
  }

  Pos semiPos = NoPos;
  std::string_view semiLit;
  if (tok_ != Token::LBRACE) {
    if (tok_ == Token::SEMICOLON) {
      semiPos = pos_;
      semiLit = lit_;
      next();
    } else {
      // asking for a '{' rather than a ';' here leads to a better error message
      want(Token::LBRACE);
      if (tok_ != Token::LBRACE)
        advance({Token::LBRACE, Token::RBRACE}); // for better synchronization
    }
    if (keyword == Token::FOR) {
      if (tok_ != Token::SEMICOLON) {
        if (tok_ == Token::LBRACE) {
          syntaxError("expecting for loop condition");
          goto done;
        }
        condStmt = simpleStmt({}, Token::ILLEGAL /* range not permitted */);
      }
      want(Token::SEMICOLON);
      if (tok_ != Token::LBRACE) {
        post = simpleStmt({}, Token::ILLEGAL /* range not permitted */);
        if (auto *a = dyn_cast<AssignStmt>(post); a && a->tok == Token::DEFINE)
          syntaxErrorAt(gcPos(a), "cannot declare in post statement of for loop");
      }
    } else if (tok_ != Token::LBRACE) {
      condStmt = simpleStmt({}, keyword);
    }
  } else {
    condStmt = init;
    init = nullptr;
  }

done:
  // check condStmt
  if (!condStmt) {
    if (keyword == Token::IF && semiPos != NoPos) {
      if (semiLit != "semicolon")
        syntaxErrorAt(semiPos,
                      "unexpected " + std::string(semiLit) + ", expecting { after if clause");
      else
        syntaxErrorAt(semiPos, "missing condition in if statement");
      auto *e = make<ExprStmt>();
      e->x = badExprAt(semiPos);
      condStmt = e;
    }
  } else if (isa<ExprStmt>(condStmt)) {
    // ok
  } else if (keyword == Token::SWITCH && isa<AssignStmt>(condStmt) &&
             cast<AssignStmt>(condStmt)->tok == Token::DEFINE &&
             cast<AssignStmt>(condStmt)->lhs.size() == 1 &&
             isa<Ident>(cast<AssignStmt>(condStmt)->lhs[0]) &&
             cast<AssignStmt>(condStmt)->rhs.size() == 1 &&
             isa<TypeAssertExpr>(cast<AssignStmt>(condStmt)->rhs[0]) &&
             !cast<TypeAssertExpr>(cast<AssignStmt>(condStmt)->rhs[0])->type) {
    // switch … lhs := rhs.(type)
  } else {
    // A common syntax error is to write '=' instead of '==', which turns an
    // expression into an assignment. Provide a more explicit error message
    // in that case to prevent further confusion.
    std::string str;
    auto *as = dyn_cast<AssignStmt>(condStmt);
    if (as && as->tok == Token::ASSIGN) {
      // Emphasize lhs and rhs of assignment with parentheses to highlight '='.
      std::string l, r;
      for (size_t k = 0; k < as->lhs.size(); k++)
        l += (k ? ", " : "") + exprString(as->lhs[k]);
      for (size_t k = 0; k < as->rhs.size(); k++)
        r += (k ? ", " : "") + exprString(as->rhs[k]);
      str = "assignment (" + l + ") = (" + r + ")";
    } else {
      str = stmtString(condStmt);
    }
    syntaxErrorAt(gcPos(condStmt), "cannot use " + str + " as value");
  }
  xnest_ = outer;
}

// IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] .
IfStmt *Parser::ifStmt() {
  auto *s = make<IfStmt>();
  s->ifPos = pos_;
  Stmt *init, *cond, *post;
  header(Token::IF, init, cond, post);
  s->init = init;
  s->cond = condExpr(cond);
  if (!s->cond)
    s->cond = badExpr();
  s->body = blockStmt("if clause");

  if (got(Token::ELSE)) {
    switch (tok_) {
    case Token::IF:
      s->elseStmt = ifStmt();
      break;
    case Token::LBRACE:
      s->elseStmt = blockStmt("");
      break;
    default:
      syntaxError("else must be followed by if or statement block");
      advance({Token::IDENT, Token::RBRACE});
      break;
    }
  }
  return s;
}

// SwitchStmt = ExprSwitchStmt | TypeSwitchStmt .
// ExprSwitchStmt = "switch" [ SimpleStmt ";" ] [ Expression ] "{" { ExprCaseClause } "}" .
// TypeSwitchStmt  = "switch" [ SimpleStmt ";" ] TypeSwitchGuard "{" { TypeCaseClause } "}" .
Stmt *Parser::switchStmt() {
  Pos p = pos_;
  Stmt *init, *cond, *post;
  header(Token::SWITCH, init, cond, post);

  auto *body = make<BlockStmt>();
  body->lbrace = pos_;
  if (!got(Token::LBRACE)) {
    syntaxError("missing { after switch clause");
    advance({Token::CASE, Token::DEFAULT, Token::RBRACE});
  }
  while (tok_ != Token::EOF_ && tok_ != Token::RBRACE)
    body->list.push_back(caseClause());
  body->rbrace = pos_;
  want(Token::RBRACE);

  // A type switch has a guard x.(type) or v := x.(type).
  bool typeSwitch = false;
  if (auto *es = dyn_cast<ExprStmt>(cond)) {
    auto *ta = dyn_cast<TypeAssertExpr>(es->x);
    typeSwitch = ta && !ta->type;
  } else if (auto *as = dyn_cast<AssignStmt>(cond)) {
    typeSwitch = as->tok == Token::DEFINE && as->rhs.size() == 1 &&
                 isa<TypeAssertExpr>(as->rhs[0]) && !cast<TypeAssertExpr>(as->rhs[0])->type;
  }
  if (typeSwitch) {
    auto *s = make<TypeSwitchStmt>();
    s->switchPos = p;
    s->init = init;
    s->assign = cond;
    s->body = body;
    return s;
  }
  auto *s = make<SwitchStmt>();
  s->switchPos = p;
  s->init = init;
  s->tag = condExpr(cond);
  s->body = body;
  return s;
}

// SelectStmt = "select" "{" { CommClause } "}" .
SelectStmt *Parser::selectStmt() {
  auto *s = make<SelectStmt>();
  s->selectPos = pos_;
  want(Token::SELECT);
  auto *body = make<BlockStmt>();
  s->body = body;
  body->lbrace = pos_;
  if (!got(Token::LBRACE)) {
    syntaxError("missing { after select clause");
    advance({Token::CASE, Token::DEFAULT, Token::RBRACE});
  }
  while (tok_ != Token::EOF_ && tok_ != Token::RBRACE)
    body->list.push_back(commClause());
  body->rbrace = pos_;
  want(Token::RBRACE);
  return s;
}

// ExprCaseClause = ExprSwitchCase ":" StatementList .
// ExprSwitchCase = "case" ExpressionList | "default" .
CaseClause *Parser::caseClause() {
  auto *c = make<CaseClause>();
  c->casePos = pos_;
  switch (tok_) {
  case Token::CASE:
    next();
    c->list = exprList();
    break;
  case Token::DEFAULT:
    next();
    c->isDefault = true;
    break;
  default:
    syntaxError("expecting case or default or }");
    advance({Token::COLON, Token::CASE, Token::DEFAULT, Token::RBRACE});
    break;
  }
  c->colon = pos_;
  want(Token::COLON);
  c->body = stmtList();
  return c;
}

// CommClause = CommCase ":" StatementList .
// CommCase   = "case" ( SendStmt | RecvStmt ) | "default" .
// RecvStmt   = [ ExpressionList "=" | IdentifierList ":=" ] RecvExpr .
CommClause *Parser::commClause() {
  auto *c = make<CommClause>();
  c->casePos = pos_;
  switch (tok_) {
  case Token::CASE:
    next();
    // The syntax restricts the possible simple statements here to
    //   lhs <- x, <-x, lhs = <-x, lhs := <-x;
    // all these (and more) are recognized by simpleStmt and invalid
    // syntax trees are flagged by the type checker.
    c->comm = simpleStmt({}, Token::ILLEGAL);
    break;
  case Token::DEFAULT:
    next();
    break;
  default:
    syntaxError("expecting case or default or }");
    advance({Token::COLON, Token::CASE, Token::DEFAULT, Token::RBRACE});
    break;
  }
  c->colon = pos_;
  want(Token::COLON);
  c->body = stmtList();
  return c;
}

// stmtOrNil parses a statement if one is present, or else returns nullptr.
//
//	Statement =
//		Declaration | LabeledStmt | SimpleStmt |
//		GoStmt | ReturnStmt | BreakStmt | ContinueStmt | GotoStmt |
//		FallthroughStmt | Block | IfStmt | SwitchStmt | SelectStmt | ForStmt |
//		DeferStmt .
Stmt *Parser::stmtOrNil() {
  // Most statements (assignments) start with an identifier; look for it
  // first before doing anything more expensive.
  if (tok_ == Token::IDENT) {
    std::vector<Expr *> lhs = exprList();
    if (lhs.size() == 1 && isa<Ident>(lhs[0]) && tok_ == Token::COLON)
      return labeledStmtOrNil(cast<Ident>(lhs[0]));
    return simpleStmt(std::move(lhs), Token::ILLEGAL);
  }

  switch (tok_) {
  case Token::VAR:
  case Token::CONST:
  case Token::TYPE:
    return declStmt(tok_);
  case Token::LBRACE:
    return blockStmt("");
  case Token::ADD:
  case Token::SUB:
  case Token::MUL:
  case Token::AND:
  case Token::XOR:
  case Token::NOT:
    return simpleStmt({}, Token::ILLEGAL); // unary operators
  case Token::INT:
  case Token::FLOAT:
  case Token::IMAG:
  case Token::CHAR:
  case Token::STRING:
  case Token::FUNC:
  case Token::LPAREN: // operands
  case Token::LBRACK:
  case Token::STRUCT:
  case Token::MAP:
  case Token::CHAN:
  case Token::INTERFACE: // composite types
  case Token::ARROW:     // receive operator
    return simpleStmt({}, Token::ILLEGAL);
  case Token::FOR:
    return forStmt();
  case Token::SWITCH:
    return switchStmt();
  case Token::SELECT:
    return selectStmt();
  case Token::IF:
    return ifStmt();
  case Token::FALLTHROUGH: {
    auto *s = make<BranchStmt>();
    s->tokPos = pos_;
    s->tok = Token::FALLTHROUGH;
    next();
    return s;
  }
  case Token::BREAK:
  case Token::CONTINUE: {
    auto *s = make<BranchStmt>();
    s->tokPos = pos_;
    s->tok = tok_;
    next();
    if (tok_ == Token::IDENT)
      s->label = name();
    return s;
  }
  case Token::GO:
  case Token::DEFER:
    return callStmt();
  case Token::GOTO: {
    auto *s = make<BranchStmt>();
    s->tokPos = pos_;
    s->tok = Token::GOTO;
    next();
    s->label = name();
    return s;
  }
  case Token::RETURN: {
    auto *s = make<ReturnStmt>();
    s->returnPos = pos_;
    next();
    if (tok_ != Token::SEMICOLON && tok_ != Token::RBRACE)
      s->results = exprList();
    return s;
  }
  case Token::SEMICOLON: {
    auto *s = make<EmptyStmt>();
    s->semicolon = pos_;
    s->implicit = lit_ != "semicolon";
    return s;
  }
  default:
    return nullptr;
  }
}

// StatementList = { Statement ";" } .
std::vector<Stmt *> Parser::stmtList() {
  std::vector<Stmt *> l;
  while (tok_ != Token::EOF_ && tok_ != Token::RBRACE && tok_ != Token::CASE &&
         tok_ != Token::DEFAULT) {
    Stmt *s = stmtOrNil();
    if (!s)
      break;
    l.push_back(s);
    // ";" is optional before "}"
    if (!got(Token::SEMICOLON) && tok_ != Token::RBRACE) {
      syntaxError("at end of statement");
      advance({Token::SEMICOLON, Token::RBRACE, Token::CASE, Token::DEFAULT});
      got(Token::SEMICOLON); // avoid spurious empty statement
    }
  }
  return l;
}

// argList parses a possibly empty, comma-separated list of arguments,
// optionally followed by a comma (if not empty), and closed by ")". The
// last argument may be followed by "...".
//
// argList = [ arg { "," arg } [ "..." ] [ "," ] ] ")" .
void Parser::argList(CallExpr *call) {
  xnest_++;
  call->rparen = list("argument list", Token::COMMA, Token::RPAREN, [&]() {
    call->args.push_back(expr());
    if (tok_ == Token::ELLIPSIS) {
      call->ellipsis = pos_;
      next();
      return true;
    }
    return false;
  });
  xnest_--;
}

// ----------------------------------------------------------------------------
// Common productions

Ident *Parser::name() {
  if (tok_ == Token::IDENT) {
    Ident *n = newIdent(pos_, lit_);
    next();
    return n;
  }
  Ident *n = newIdent(pos_, "_");
  syntaxError("expecting name");
  advance({});
  return n;
}

// IdentifierList = identifier { "," identifier } .
// The first name must be provided.
std::vector<Ident *> Parser::nameList(Ident *first) {
  std::vector<Ident *> l{first};
  while (got(Token::COMMA))
    l.push_back(name());
  return l;
}

// The first name may be provided, or nullptr.
Expr *Parser::qualifiedName(Ident *n) {
  Expr *x;
  if (n) {
    x = n;
  } else if (tok_ == Token::IDENT) {
    x = name();
  } else {
    x = newIdent(pos_, "_");
    syntaxError("expecting name");
    advance({Token::PERIOD, Token::SEMICOLON, Token::RBRACE});
  }
  if (tok_ == Token::PERIOD) {
    auto *s = make<SelectorExpr>();
    next();
    s->x = x;
    s->sel = name();
    x = s;
  }
  if (tok_ == Token::LBRACK)
    x = typeInstance(x);
  return x;
}

// ExpressionList = Expression { "," Expression } .
std::vector<Expr *> Parser::exprList() {
  std::vector<Expr *> l{expr()};
  while (got(Token::COMMA))
    l.push_back(expr());
  return l;
}

// typeList parses a non-empty, comma-separated list of expressions,
// optionally followed by a comma. The first list element may be any
// expression, all other list elements must be type expressions. comma
// reports whether there was a (separating or trailing) comma.
//
// typeList = arg { "," arg } [ "," ] .
std::vector<Expr *> Parser::typeList(bool &comma) {
  comma = false;
  xnest_++;
  std::vector<Expr *> l{expr()};
  if (got(Token::COMMA)) {
    comma = true;
    if (Expr *t = typeOrNil()) {
      l.push_back(t);
      while (got(Token::COMMA)) {
        if (!(t = typeOrNil()))
          break;
        l.push_back(t);
      }
    }
  }
  xnest_--;
  return l;
}

Expr *Parser::parseExprOnly() {
  Expr *x = expr();
  if (tok_ == Token::SEMICOLON && lit_ != "semicolon")
    next();
  if (tok_ != Token::EOF_)
    syntaxError("after expression");
  return x;
}

} // namespace

ast::File *parseFile(ast::Context &ctx, FileSet &fset, SourceFile *file, DiagnosticEngine &diags,
                     ParseMode mode) {
  Parser p(ctx, fset, *file, diags, mode);
  return p.parseFile();
}

ast::Expr *parseExpr(ast::Context &ctx, FileSet &fset, std::string_view src,
                     DiagnosticEngine &diags) {
  SourceFile *f = fset.addFile("<expr>", std::string(src));
  Parser p(ctx, fset, *f, diags, {});
  return p.parseExprOnly();
}

} // namespace gocxx
