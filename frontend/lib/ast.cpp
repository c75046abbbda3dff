// AST node positions (go/ast's Pos/End), the node arena, and traversal.
#include "gocxx/frontend/ast.h"

#include <cstring>

namespace gocxx::ast {

// Every node class, for dispatch by kind.
// clang-format off
#define GOCXX_AST_ALL_NODES(X)                                                                   \
  X(BadExpr) X(Ident) X(Ellipsis) X(BasicLit) X(FuncLit) X(CompositeLit) X(ParenExpr)            \
  X(SelectorExpr) X(IndexExpr) X(IndexListExpr) X(SliceExpr) X(TypeAssertExpr) X(CallExpr)      \
  X(StarExpr) X(UnaryExpr) X(BinaryExpr) X(KeyValueExpr) X(ArrayType) X(StructType)              \
  X(FuncType) X(InterfaceType) X(MapType) X(ChanType) X(BadStmt) X(DeclStmt) X(EmptyStmt)        \
  X(LabeledStmt) X(ExprStmt) X(SendStmt) X(IncDecStmt) X(AssignStmt) X(GoStmt) X(DeferStmt)     \
  X(ReturnStmt) X(BranchStmt) X(BlockStmt) X(IfStmt) X(CaseClause) X(SwitchStmt)                 \
  X(TypeSwitchStmt) X(CommClause) X(SelectStmt) X(ForStmt) X(RangeStmt) X(ImportSpec)            \
  X(ValueSpec) X(TypeSpec) X(BadDecl) X(GenDecl) X(FuncDecl) X(Comment) X(CommentGroup)          \
  X(Field) X(FieldList) X(File)
// clang-format on

std::string_view nodeKindName(NodeKind k) {
  switch (k) {
#define X(N)                                                                                       \
  case NodeKind::N:                                                                                \
    return #N;
    GOCXX_AST_ALL_NODES(X)
#undef X
  }
  return "?";
}

Pos Node::pos() const {
  switch (kind) {
#define X(N)                                                                                       \
  case NodeKind::N:                                                                                \
    return static_cast<const N *>(this)->pos();
    GOCXX_AST_ALL_NODES(X)
#undef X
  }
  return NoPos;
}

Pos Node::end() const {
  switch (kind) {
#define X(N)                                                                                       \
  case NodeKind::N:                                                                                \
    return static_cast<const N *>(this)->end();
    GOCXX_AST_ALL_NODES(X)
#undef X
  }
  return NoPos;
}

static Pos len(Pos p, size_t n) { return p + static_cast<Pos>(n); }

// Comments
Pos Comment::pos() const { return slash; }
Pos Comment::end() const { return len(slash, text.size()); }
Pos CommentGroup::pos() const { return list.front()->pos(); }
Pos CommentGroup::end() const { return list.back()->end(); }

std::optional<Directive> findDirective(const CommentGroup *group, std::string_view name) {
  if (!group)
    return std::nullopt;
  for (const Comment *c : group->list) {
    std::string_view t = c->text;
    if (t.substr(0, 2) != "//" || t.substr(2, name.size()) != name)
      continue;
    t.remove_prefix(2 + name.size());
    if (!t.empty() && t[0] != ' ' && t[0] != '\t')
      continue; // //exported, //gocxx:externs: not this directive
    while (!t.empty() && (t.front() == ' ' || t.front() == '\t'))
      t.remove_prefix(1);
    while (!t.empty() && (t.back() == ' ' || t.back() == '\t' || t.back() == '\r'))
      t.remove_suffix(1);
    return Directive{c->pos(), t};
  }
  return std::nullopt;
}

std::string CommentGroup::text() const {
  // Strip comment markers, drop directives (//go:x, //line), trim leading
  // and trailing blank lines, collapse runs of blank lines, keep one final
  // newline -- what go/ast's CommentGroup.Text does.
  std::vector<std::string> lines;
  for (const Comment *c : list) {
    std::string_view t = c->text;
    if (t.size() >= 2 && t[1] == '/') {
      t.remove_prefix(2);
      if (!t.empty() && t[0] == ' ')
        t.remove_prefix(1);
      else if (!t.empty() && t[0] != ' ' && t[0] != '\t') {
        // //go:x, //line and similar directives are not documentation.
        size_t colon = t.find(':');
        bool directive =
            t.rfind("line ", 0) == 0 || t.rfind("extern ", 0) == 0 || t.rfind("export ", 0) == 0;
        if (!directive && colon != std::string_view::npos && colon > 0) {
          directive = true;
          for (size_t i = 0; i < colon; i++)
            if (!(t[i] >= 'a' && t[i] <= 'z') && !(t[i] >= '0' && t[i] <= '9'))
              directive = false;
          if (colon + 1 >= t.size() || !(t[colon + 1] >= 'a' && t[colon + 1] <= 'z'))
            directive = false;
        }
        if (directive)
          continue;
      }
      lines.emplace_back(t);
    } else {
      t.remove_prefix(2);
      if (t.size() >= 2)
        t.remove_suffix(2);
      size_t start = 0;
      while (true) {
        size_t nl = t.find('\n', start);
        lines.emplace_back(t.substr(start, nl == std::string_view::npos ? nl : nl - start));
        if (nl == std::string_view::npos)
          break;
        start = nl + 1;
      }
    }
  }
  for (auto &l : lines) {
    while (!l.empty() && (l.back() == ' ' || l.back() == '\t' || l.back() == '\r'))
      l.pop_back();
  }
  std::string out;
  bool pendingBlank = false;
  for (auto &l : lines) {
    if (l.empty()) {
      pendingBlank = !out.empty();
      continue;
    }
    if (pendingBlank)
      out += '\n';
    pendingBlank = false;
    out += l;
    out += '\n';
  }
  return out;
}

// Fields
Pos Field::pos() const {
  if (!names.empty())
    return names.front()->pos();
  if (type)
    return type->pos();
  return NoPos;
}
Pos Field::end() const {
  if (tag)
    return tag->end();
  if (type)
    return type->end();
  if (!names.empty())
    return names.back()->end();
  return NoPos;
}
Pos FieldList::pos() const {
  if (opening != NoPos)
    return opening;
  if (!list.empty())
    return list.front()->pos();
  return NoPos;
}
Pos FieldList::end() const {
  if (closing != NoPos)
    return closing + 1;
  if (!list.empty())
    return list.back()->end();
  return NoPos;
}
int FieldList::numFields() const {
  int n = 0;
  for (const Field *f : list)
    n += f->names.empty() ? 1 : static_cast<int>(f->names.size());
  return n;
}

// Expressions
Pos BadExpr::pos() const { return from; }
Pos BadExpr::end() const { return to; }
Pos Ident::pos() const { return namePos; }
Pos Ident::end() const { return len(namePos, name.size()); }
bool Ident::isExported() const { return gocxx::isExported(name); }
Pos Ellipsis::pos() const { return ellipsis; }
Pos Ellipsis::end() const { return elt ? elt->end() : ellipsis + 3; }
Pos BasicLit::pos() const { return valuePos; }
Pos BasicLit::end() const { return len(valuePos, value.size()); }
Pos FuncLit::pos() const { return type->pos(); }
Pos FuncLit::end() const { return body->end(); }
Pos CompositeLit::pos() const { return type ? type->pos() : lbrace; }
Pos CompositeLit::end() const { return rbrace + 1; }
Pos ParenExpr::pos() const { return lparen; }
Pos ParenExpr::end() const { return rparen + 1; }
Pos SelectorExpr::pos() const { return x->pos(); }
Pos SelectorExpr::end() const { return sel->end(); }
Pos IndexExpr::pos() const { return x->pos(); }
Pos IndexExpr::end() const { return rbrack + 1; }
Pos IndexListExpr::pos() const { return x->pos(); }
Pos IndexListExpr::end() const { return rbrack + 1; }
Pos SliceExpr::pos() const { return x->pos(); }
Pos SliceExpr::end() const { return rbrack + 1; }
Pos TypeAssertExpr::pos() const { return x->pos(); }
Pos TypeAssertExpr::end() const { return rparen + 1; }
Pos CallExpr::pos() const { return fun->pos(); }
Pos CallExpr::end() const { return rparen + 1; }
Pos StarExpr::pos() const { return star; }
Pos StarExpr::end() const { return x->end(); }
Pos UnaryExpr::pos() const { return opPos; }
Pos UnaryExpr::end() const { return x->end(); }
Pos BinaryExpr::pos() const { return x->pos(); }
Pos BinaryExpr::end() const { return y->end(); }
Pos KeyValueExpr::pos() const { return key->pos(); }
Pos KeyValueExpr::end() const { return value->end(); }
Pos ArrayType::pos() const { return lbrack; }
Pos ArrayType::end() const { return elt->end(); }
Pos StructType::pos() const { return structPos; }
Pos StructType::end() const { return fields->end(); }
Pos FuncType::pos() const {
  if (funcPos != NoPos || !params)
    return funcPos;
  return params->pos();
}
Pos FuncType::end() const { return results ? results->end() : params->end(); }
Pos InterfaceType::pos() const { return interfacePos; }
Pos InterfaceType::end() const { return methods->end(); }
Pos MapType::pos() const { return mapPos; }
Pos MapType::end() const { return value->end(); }
Pos ChanType::pos() const { return begin; }
Pos ChanType::end() const { return value->end(); }

// Statements
Pos BadStmt::pos() const { return from; }
Pos BadStmt::end() const { return to; }
Pos DeclStmt::pos() const { return decl->pos(); }
Pos DeclStmt::end() const { return decl->end(); }
Pos EmptyStmt::pos() const { return semicolon; }
Pos EmptyStmt::end() const { return implicit ? semicolon : semicolon + 1; }
Pos LabeledStmt::pos() const { return label->pos(); }
Pos LabeledStmt::end() const { return stmt->end(); }
Pos ExprStmt::pos() const { return x->pos(); }
Pos ExprStmt::end() const { return x->end(); }
Pos SendStmt::pos() const { return chan->pos(); }
Pos SendStmt::end() const { return value->end(); }
Pos IncDecStmt::pos() const { return x->pos(); }
Pos IncDecStmt::end() const { return tokPos + 2; }
Pos AssignStmt::pos() const { return lhs.front()->pos(); }
Pos AssignStmt::end() const { return rhs.back()->end(); }
Pos GoStmt::pos() const { return goPos; }
Pos GoStmt::end() const { return call->end(); }
Pos DeferStmt::pos() const { return deferPos; }
Pos DeferStmt::end() const { return call->end(); }
Pos ReturnStmt::pos() const { return returnPos; }
Pos ReturnStmt::end() const { return results.empty() ? returnPos + 6 : results.back()->end(); }
Pos BranchStmt::pos() const { return tokPos; }
Pos BranchStmt::end() const { return label ? label->end() : len(tokPos, tokenString(tok).size()); }
Pos BlockStmt::pos() const { return lbrace; }
Pos BlockStmt::end() const {
  if (rbrace != NoPos)
    return rbrace + 1;
  if (!list.empty())
    return list.back()->end();
  return lbrace + 1;
}
Pos IfStmt::pos() const { return ifPos; }
Pos IfStmt::end() const { return elseStmt ? elseStmt->end() : body->end(); }
Pos CaseClause::pos() const { return casePos; }
Pos CaseClause::end() const { return body.empty() ? colon + 1 : body.back()->end(); }
Pos SwitchStmt::pos() const { return switchPos; }
Pos SwitchStmt::end() const { return body->end(); }
Pos TypeSwitchStmt::pos() const { return switchPos; }
Pos TypeSwitchStmt::end() const { return body->end(); }
Pos CommClause::pos() const { return casePos; }
Pos CommClause::end() const { return body.empty() ? colon + 1 : body.back()->end(); }
Pos SelectStmt::pos() const { return selectPos; }
Pos SelectStmt::end() const { return body->end(); }
Pos ForStmt::pos() const { return forPos; }
Pos ForStmt::end() const { return body->end(); }
Pos RangeStmt::pos() const { return forPos; }
Pos RangeStmt::end() const { return body->end(); }

// Specifications
Pos ImportSpec::pos() const { return name ? name->pos() : path->pos(); }
Pos ImportSpec::end() const { return endPos != NoPos ? endPos : path->end(); }
Pos ValueSpec::pos() const { return names.front()->pos(); }
Pos ValueSpec::end() const {
  if (!values.empty())
    return values.back()->end();
  if (type)
    return type->end();
  return names.back()->end();
}
Pos TypeSpec::pos() const { return name->pos(); }
Pos TypeSpec::end() const { return type->end(); }

// Declarations
Pos BadDecl::pos() const { return from; }
Pos BadDecl::end() const { return to; }
Pos GenDecl::pos() const { return tokPos; }
Pos GenDecl::end() const {
  if (rparen != NoPos)
    return rparen + 1;
  if (!specs.empty())
    return specs.front()->end();
  return len(tokPos, tokenString(tok).size());
}
Pos FuncDecl::pos() const { return type->pos(); }
Pos FuncDecl::end() const { return body ? body->end() : type->end(); }

Pos File::pos() const { return packagePos; }
Pos File::end() const { return decls.empty() ? name->end() : decls.back()->end(); }

// ----------------------------------------------------------------------------
// Context

Context::Context() = default;

Context::~Context() {
  for (auto it = dtors_.rbegin(); it != dtors_.rend(); ++it)
    it->fn(it->obj);
}

void *Context::allocate(size_t size, size_t align) {
  uintptr_t p = (reinterpret_cast<uintptr_t>(cur_) + align - 1) & ~(uintptr_t)(align - 1);
  if (!cur_ || p + size > reinterpret_cast<uintptr_t>(limit_)) {
    size_t chunk = size + align > 64 * 1024 ? size + align : 64 * 1024;
    chunks_.emplace_back(new char[chunk]);
    cur_ = chunks_.back().get();
    limit_ = cur_ + chunk;
    p = (reinterpret_cast<uintptr_t>(cur_) + align - 1) & ~(uintptr_t)(align - 1);
  }
  cur_ = reinterpret_cast<char *>(p + size);
  bytes_ += size;
  return reinterpret_cast<void *>(p);
}

std::string_view Context::save(std::string_view s) {
  if (s.empty())
    return {};
  char *mem = static_cast<char *>(allocate(s.size(), 1));
  std::memcpy(mem, s.data(), s.size());
  return {mem, s.size()};
}

std::string_view Context::intern(std::string_view s) {
  auto it = interned_.find(s);
  if (it != interned_.end())
    return *it;
  std::string_view saved = save(s);
  interned_.insert(saved);
  return saved;
}

// ----------------------------------------------------------------------------
// Traversal

Pos gcPos(const Node *n) {
  switch (n->kind) {
  case NodeKind::BinaryExpr:
    return cast<BinaryExpr>(n)->opPos;
  case NodeKind::CallExpr:
    return cast<CallExpr>(n)->lparen;
  case NodeKind::IndexExpr:
    return cast<IndexExpr>(n)->lbrack;
  case NodeKind::IndexListExpr:
    return cast<IndexListExpr>(n)->lbrack;
  case NodeKind::SliceExpr:
    return cast<SliceExpr>(n)->lbrack;
  case NodeKind::SelectorExpr:
    return cast<SelectorExpr>(n)->sel->pos() - 1;
  case NodeKind::TypeAssertExpr:
    return cast<TypeAssertExpr>(n)->lparen - 1;
  case NodeKind::CompositeLit:
    return cast<CompositeLit>(n)->lbrace;
  case NodeKind::KeyValueExpr:
    return cast<KeyValueExpr>(n)->colon;
  case NodeKind::AssignStmt:
    return cast<AssignStmt>(n)->tokPos;
  case NodeKind::IncDecStmt:
    return cast<IncDecStmt>(n)->tokPos;
  case NodeKind::SendStmt:
    return cast<SendStmt>(n)->arrow;
  case NodeKind::ExprStmt:
    return gcPos(cast<ExprStmt>(n)->x);
  case NodeKind::LabeledStmt:
    return cast<LabeledStmt>(n)->colon;
  default:
    return n->pos();
  }
}

Expr *unparen(Expr *e) {
  while (auto *p = dyn_cast<ParenExpr>(e))
    e = p->x;
  return e;
}

void forEachChild(Node *n, const std::function<void(Node *)> &f) {
  auto one = [&](Node *c) {
    if (c)
      f(c);
  };
  auto all = [&](const auto &v) {
    for (Node *c : v)
      one(c);
  };
  switch (n->kind) {
  case NodeKind::Comment:
  case NodeKind::BadExpr:
  case NodeKind::Ident:
  case NodeKind::BasicLit:
  case NodeKind::BadStmt:
  case NodeKind::EmptyStmt:
  case NodeKind::BadDecl:
    break;
  case NodeKind::CommentGroup:
    all(cast<CommentGroup>(n)->list);
    break;
  case NodeKind::Field: {
    auto *x = cast<Field>(n);
    one(x->doc);
    all(x->names);
    one(x->type);
    one(x->tag);
    one(x->comment);
    break;
  }
  case NodeKind::FieldList:
    all(cast<FieldList>(n)->list);
    break;
  case NodeKind::Ellipsis:
    one(cast<Ellipsis>(n)->elt);
    break;
  case NodeKind::FuncLit:
    one(cast<FuncLit>(n)->type);
    one(cast<FuncLit>(n)->body);
    break;
  case NodeKind::CompositeLit:
    one(cast<CompositeLit>(n)->type);
    all(cast<CompositeLit>(n)->elts);
    break;
  case NodeKind::ParenExpr:
    one(cast<ParenExpr>(n)->x);
    break;
  case NodeKind::SelectorExpr:
    one(cast<SelectorExpr>(n)->x);
    one(cast<SelectorExpr>(n)->sel);
    break;
  case NodeKind::IndexExpr:
    one(cast<IndexExpr>(n)->x);
    one(cast<IndexExpr>(n)->index);
    break;
  case NodeKind::IndexListExpr:
    one(cast<IndexListExpr>(n)->x);
    all(cast<IndexListExpr>(n)->indices);
    break;
  case NodeKind::SliceExpr: {
    auto *x = cast<SliceExpr>(n);
    one(x->x);
    one(x->low);
    one(x->high);
    one(x->max);
    break;
  }
  case NodeKind::TypeAssertExpr:
    one(cast<TypeAssertExpr>(n)->x);
    one(cast<TypeAssertExpr>(n)->type);
    break;
  case NodeKind::CallExpr:
    one(cast<CallExpr>(n)->fun);
    all(cast<CallExpr>(n)->args);
    break;
  case NodeKind::StarExpr:
    one(cast<StarExpr>(n)->x);
    break;
  case NodeKind::UnaryExpr:
    one(cast<UnaryExpr>(n)->x);
    break;
  case NodeKind::BinaryExpr:
    one(cast<BinaryExpr>(n)->x);
    one(cast<BinaryExpr>(n)->y);
    break;
  case NodeKind::KeyValueExpr:
    one(cast<KeyValueExpr>(n)->key);
    one(cast<KeyValueExpr>(n)->value);
    break;
  case NodeKind::ArrayType:
    one(cast<ArrayType>(n)->len);
    one(cast<ArrayType>(n)->elt);
    break;
  case NodeKind::StructType:
    one(cast<StructType>(n)->fields);
    break;
  case NodeKind::FuncType:
    one(cast<FuncType>(n)->typeParams);
    one(cast<FuncType>(n)->params);
    one(cast<FuncType>(n)->results);
    break;
  case NodeKind::InterfaceType:
    one(cast<InterfaceType>(n)->methods);
    break;
  case NodeKind::MapType:
    one(cast<MapType>(n)->key);
    one(cast<MapType>(n)->value);
    break;
  case NodeKind::ChanType:
    one(cast<ChanType>(n)->value);
    break;
  case NodeKind::DeclStmt:
    one(cast<DeclStmt>(n)->decl);
    break;
  case NodeKind::LabeledStmt:
    one(cast<LabeledStmt>(n)->label);
    one(cast<LabeledStmt>(n)->stmt);
    break;
  case NodeKind::ExprStmt:
    one(cast<ExprStmt>(n)->x);
    break;
  case NodeKind::SendStmt:
    one(cast<SendStmt>(n)->chan);
    one(cast<SendStmt>(n)->value);
    break;
  case NodeKind::IncDecStmt:
    one(cast<IncDecStmt>(n)->x);
    break;
  case NodeKind::AssignStmt:
    all(cast<AssignStmt>(n)->lhs);
    all(cast<AssignStmt>(n)->rhs);
    break;
  case NodeKind::GoStmt:
    one(cast<GoStmt>(n)->call);
    break;
  case NodeKind::DeferStmt:
    one(cast<DeferStmt>(n)->call);
    break;
  case NodeKind::ReturnStmt:
    all(cast<ReturnStmt>(n)->results);
    break;
  case NodeKind::BranchStmt:
    one(cast<BranchStmt>(n)->label);
    break;
  case NodeKind::BlockStmt:
    all(cast<BlockStmt>(n)->list);
    break;
  case NodeKind::IfStmt: {
    auto *x = cast<IfStmt>(n);
    one(x->init);
    one(x->cond);
    one(x->body);
    one(x->elseStmt);
    break;
  }
  case NodeKind::CaseClause:
    all(cast<CaseClause>(n)->list);
    all(cast<CaseClause>(n)->body);
    break;
  case NodeKind::SwitchStmt:
    one(cast<SwitchStmt>(n)->init);
    one(cast<SwitchStmt>(n)->tag);
    one(cast<SwitchStmt>(n)->body);
    break;
  case NodeKind::TypeSwitchStmt:
    one(cast<TypeSwitchStmt>(n)->init);
    one(cast<TypeSwitchStmt>(n)->assign);
    one(cast<TypeSwitchStmt>(n)->body);
    break;
  case NodeKind::CommClause:
    one(cast<CommClause>(n)->comm);
    all(cast<CommClause>(n)->body);
    break;
  case NodeKind::SelectStmt:
    one(cast<SelectStmt>(n)->body);
    break;
  case NodeKind::ForStmt: {
    auto *x = cast<ForStmt>(n);
    one(x->init);
    one(x->cond);
    one(x->post);
    one(x->body);
    break;
  }
  case NodeKind::RangeStmt: {
    auto *x = cast<RangeStmt>(n);
    one(x->key);
    one(x->value);
    one(x->x);
    one(x->body);
    break;
  }
  case NodeKind::ImportSpec: {
    auto *x = cast<ImportSpec>(n);
    one(x->doc);
    one(x->name);
    one(x->path);
    one(x->comment);
    break;
  }
  case NodeKind::ValueSpec: {
    auto *x = cast<ValueSpec>(n);
    one(x->doc);
    all(x->names);
    one(x->type);
    all(x->values);
    one(x->comment);
    break;
  }
  case NodeKind::TypeSpec: {
    auto *x = cast<TypeSpec>(n);
    one(x->doc);
    one(x->name);
    one(x->typeParams);
    one(x->type);
    one(x->comment);
    break;
  }
  case NodeKind::GenDecl:
    one(cast<GenDecl>(n)->doc);
    all(cast<GenDecl>(n)->specs);
    break;
  case NodeKind::FuncDecl: {
    auto *x = cast<FuncDecl>(n);
    one(x->doc);
    one(x->recv);
    one(x->name);
    one(x->type);
    one(x->body);
    break;
  }
  case NodeKind::File: {
    auto *x = cast<File>(n);
    one(x->doc);
    one(x->name);
    all(x->decls);
    break;
  }
  }
}

void inspect(Node *n, const std::function<bool(Node *)> &f) {
  if (!n || !f(n))
    return;
  forEachChild(n, [&](Node *c) { inspect(c, f); });
  f(nullptr);
}

} // namespace gocxx::ast
