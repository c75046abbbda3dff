// Build constraint evaluation and package file listing (go/build's
// shouldBuild, goodOSArchFile and the go/build/constraint grammar).
#include "gocxx/frontend/buildconstraint.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "gocxx/frontend/ast.h"
#include "gocxx/frontend/diagnostics.h"
#include "gocxx/frontend/literals.h"
#include "gocxx/frontend/parser.h"

namespace gocxx {

namespace {
std::vector<std::string> &commandTagList() {
  static std::vector<std::string> tags;
  return tags;
}
} // namespace

void setCommandTags(std::vector<std::string> tags) { commandTagList() = std::move(tags); }
const std::vector<std::string> &commandTags() { return commandTagList(); }

namespace {

const char *const kKnownOS[] = {"aix",     "android", "darwin",  "dragonfly", "freebsd", "hurd",
                                "illumos", "ios",     "js",      "linux",     "nacl",    "netbsd",
                                "openbsd", "plan9",   "solaris", "windows",   "zos"};
const char *const kKnownArch[] = {
    "386",     "amd64",  "amd64p32", "arm",      "armbe",     "arm64",       "arm64be", "loong64",
    "mips",    "mipsle", "mips64",   "mips64le", "mips64p32", "mips64p32le", "ppc",     "ppc64",
    "ppc64le", "riscv",  "riscv64",  "s390",     "s390x",     "sparc",       "sparc64", "wasm"};
const char *const kUnixOS[] = {"aix",     "android", "darwin", "dragonfly", "freebsd", "hurd",
                               "illumos", "ios",     "linux",  "netbsd",    "openbsd", "solaris"};

template <size_t N> bool in(const char *const (&list)[N], std::string_view s) {
  for (const char *x : list)
    if (s == x)
      return true;
  return false;
}

bool isTagChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '.';
}

// A recursive-descent evaluator for //go:build expressions:
//   expr = and { "||" and } ; and = unary { "&&" unary } ;
//   unary = "!" unary | "(" expr ")" | tag .
class ExprEval {
public:
  ExprEval(std::string_view s, const BuildContext &ctx) : s_(s), ctx_(ctx) {}
  bool run(bool &ok) {
    bool v = orExpr();
    skip();
    ok = ok_ && i_ == s_.size();
    return ok ? v : false;
  }

private:
  void skip() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\r'))
      i_++;
  }
  bool lit(std::string_view t) {
    skip();
    if (s_.substr(i_, t.size()) == t) {
      i_ += t.size();
      return true;
    }
    return false;
  }
  bool orExpr() {
    bool v = andExpr();
    while (ok_ && lit("||"))
      v = andExpr() || v;
    return v;
  }
  bool andExpr() {
    bool v = unary();
    while (ok_ && lit("&&"))
      v = unary() && v;
    return v;
  }
  bool unary() {
    if (++depth_ > 100) {
      ok_ = false;
      return false;
    }
    bool v;
    if (lit("!")) {
      v = !unary();
    } else if (lit("(")) {
      v = orExpr();
      if (!lit(")"))
        ok_ = false;
    } else {
      skip();
      size_t st = i_;
      while (i_ < s_.size() && isTagChar(s_[i_]))
        i_++;
      if (st == i_) {
        ok_ = false;
        v = false;
      } else {
        v = matchTag(s_.substr(st, i_ - st), ctx_);
      }
    }
    depth_--;
    return v;
  }
  std::string_view s_;
  const BuildContext &ctx_;
  size_t i_ = 0;
  int depth_ = 0;
  bool ok_ = true;
};

bool hasSuffix(std::string_view s, std::string_view suf) {
  return s.size() >= suf.size() && s.substr(s.size() - suf.size()) == suf;
}

} // namespace

bool matchTag(std::string_view tag, const BuildContext &ctx) {
  if (tag.empty())
    return false;
  for (const std::string &t : ctx.tags)
    if (tag == t)
      return true;
  if (tag == ctx.goos || tag == ctx.goarch || tag == ctx.compiler)
    return true;
  if (tag == "cgo")
    return ctx.cgoEnabled;
  if (tag == "unix")
    return in(kUnixOS, ctx.goos);
  if (ctx.goos == "android" && tag == "linux")
    return true;
  if (ctx.goos == "illumos" && tag == "solaris")
    return true;
  if (ctx.goos == "ios" && tag == "darwin")
    return true;
  if (tag.substr(0, 4) == "go1.") {
    std::string_view n = tag.substr(4);
    if (n.empty() || n.size() > 3)
      return false;
    int minor = 0;
    for (char c : n) {
      if (c < '0' || c > '9')
        return false;
      minor = minor * 10 + (c - '0');
    }
    return minor >= 1 && minor <= ctx.goMinor;
  }
  return false;
}

bool evalGoBuildExpr(std::string_view expr, const BuildContext &ctx, bool *ok) {
  bool good = true;
  ExprEval e(expr, ctx);
  bool v = e.run(good);
  if (ok)
    *ok = good;
  return v;
}

bool evalPlusBuildLine(std::string_view line, const BuildContext &ctx) {
  // space-separated options are OR'ed; comma-separated terms are AND'ed
  bool any = false;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r'))
      i++;
    size_t st = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r')
      i++;
    std::string_view opt = line.substr(st, i - st);
    if (opt.empty())
      continue;
    bool all = true;
    size_t j = 0;
    while (j <= opt.size()) {
      size_t c = opt.find(',', j);
      if (c == std::string_view::npos)
        c = opt.size();
      std::string_view term = opt.substr(j, c - j);
      bool neg = false;
      if (!term.empty() && term[0] == '!') {
        neg = true;
        term.remove_prefix(1);
      }
      bool valid = !term.empty();
      for (char ch : term)
        if (!isTagChar(ch))
          valid = false;
      bool v = valid && matchTag(term, ctx);
      if (neg)
        v = valid && !v;
      all = all && v;
      j = c + 1;
    }
    any = any || all;
  }
  return any;
}

bool matchFileName(std::string_view name, const BuildContext &ctx) {
  if (hasSuffix(name, ".go"))
    name.remove_suffix(3);
  else if (hasSuffix(name, ".s"))
    name.remove_suffix(2);
  size_t u = name.find('_');
  if (u == std::string_view::npos)
    return true;
  name = name.substr(u); // ignore everything before the first _
  std::vector<std::string_view> l;
  size_t i = 0;
  while (i <= name.size()) {
    size_t j = name.find('_', i);
    if (j == std::string_view::npos)
      j = name.size();
    l.push_back(name.substr(i, j - i));
    i = j + 1;
  }
  if (!l.empty() && l.back() == "test")
    l.pop_back();
  size_t n = l.size();
  if (n >= 2 && in(kKnownOS, l[n - 2]) && in(kKnownArch, l[n - 1]))
    return matchTag(l[n - 2], ctx) && matchTag(l[n - 1], ctx);
  if (n >= 1 && (in(kKnownOS, l[n - 1]) || in(kKnownArch, l[n - 1]))) {
    std::string_view t = l[n - 1];
    // goodOSArchFile matches OS names exactly except for the implied ones.
    return matchTag(t, ctx) && t != "unix";
  }
  return true;
}

bool matchBuildConstraints(std::string_view content, const BuildContext &ctx) {
  // Collect the leading comment lines (before the package clause). Legacy
  // "+build" lines count only if a blank line follows them before the end
  // of the header (go/build's rule).
  std::string_view goBuild;
  bool haveGoBuild = false;
  std::vector<std::pair<std::string_view, size_t>> plus; // line, index
  size_t lastBlank = 0, lineNo = 0;
  bool inBlock = false;
  size_t i = 0;
  if (content.substr(0, 3) == "\xEF\xBB\xBF")
    i = 3;
  while (i < content.size()) {
    size_t nl = content.find('\n', i);
    if (nl == std::string_view::npos)
      nl = content.size();
    std::string_view line = content.substr(i, nl - i);
    i = nl + 1;
    lineNo++;
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
      line.remove_prefix(1);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
      line.remove_suffix(1);
    if (inBlock) {
      size_t e = line.find("*/");
      if (e == std::string_view::npos)
        continue;
      inBlock = false;
      line = line.substr(e + 2);
      while (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
        line.remove_prefix(1);
      if (!line.empty() && line.substr(0, 2) != "//")
        break;
      continue;
    }
    if (line.empty()) {
      lastBlank = lineNo;
      continue;
    }
    if (line.substr(0, 2) == "//") {
      std::string_view t = line.substr(2);
      if (t.substr(0, 8) == "go:build" && (t.size() == 8 || t[8] == ' ' || t[8] == '\t')) {
        if (!haveGoBuild) {
          haveGoBuild = true;
          goBuild = t.substr(8);
        }
      } else {
        while (!t.empty() && (t.front() == ' ' || t.front() == '\t'))
          t.remove_prefix(1);
        if (t.substr(0, 6) == "+build" && (t.size() == 6 || t[6] == ' ' || t[6] == '\t'))
          plus.push_back({t.substr(6), lineNo});
      }
      continue;
    }
    if (line.substr(0, 2) == "/*") {
      size_t e = line.find("*/", 2);
      if (e == std::string_view::npos) {
        inBlock = true;
        continue;
      }
      std::string_view rest = line.substr(e + 2);
      while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t'))
        rest.remove_prefix(1);
      if (!rest.empty() && rest.substr(0, 2) != "//")
        break;
      continue;
    }
    break; // first non-comment line
  }
  if (haveGoBuild) {
    bool ok;
    bool v = evalGoBuildExpr(goBuild, ctx, &ok);
    return ok && v;
  }
  for (auto &[text, at] : plus) {
    if (at >= lastBlank)
      continue; // not followed by a blank line: not a constraint
    if (!evalPlusBuildLine(text, ctx))
      return false;
  }
  return true;
}

bool shouldBuild(std::string_view fileName, std::string_view content, const BuildContext &ctx,
                 bool tests) {
  if (!hasSuffix(fileName, ".go"))
    return false;
  if (fileName.empty() || fileName[0] == '_' || fileName[0] == '.')
    return false;
  if (hasSuffix(fileName, "_test.go") != tests)
    return false;
  if (!matchFileName(fileName, ctx))
    return false;
  if (!matchBuildConstraints(content, ctx))
    return false;
  if (!ctx.cgoEnabled && content.find("\"C\"") != std::string_view::npos) {
    // Does the file import "C"? Parse only its imports to find out.
    FileSet fset;
    DiagnosticEngine diags(fset);
    ast::Context actx;
    SourceFile *sf = fset.addFile(std::string(fileName), std::string(content));
    ParseMode mode;
    mode.importsOnly = true;
    mode.skipComments = true;
    ast::File *f = parseFile(actx, fset, sf, diags, mode);
    for (ast::ImportSpec *imp : f->imports) {
      std::string path;
      if (decodeStringLiteral(imp->path->value, path) && path == "C")
        return false;
    }
  }
  return true;
}

namespace {
std::vector<std::string> listFiles(const std::string &dir, const BuildContext &ctx, bool tests) {
  namespace fs = std::filesystem;
  std::vector<std::string> names;
  std::error_code ec;
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator();
       it.increment(ec)) {
    if (!it->is_regular_file(ec))
      continue;
    std::string name = it->path().filename().string();
    if (!hasSuffix(name, ".go"))
      continue;
    std::ifstream in(it->path(), std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    if (shouldBuild(name, ss.str(), ctx, tests))
      names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  std::vector<std::string> paths;
  std::string prefix = dir;
  if (!prefix.empty() && prefix.back() != '/')
    prefix += '/';
  for (const std::string &n : names)
    paths.push_back(prefix + n);
  return paths;
}
} // namespace

std::vector<std::string> listPackageFiles(const std::string &dir, const BuildContext &ctx) {
  return listFiles(dir, ctx, false);
}

std::vector<std::string> listTestFiles(const std::string &dir, const BuildContext &ctx) {
  return listFiles(dir, ctx, true);
}

bool hasAssemblyFiles(const std::string &dir, const BuildContext &ctx) {
  namespace fs = std::filesystem;
  std::error_code ec;
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator();
       it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (!hasSuffix(name, ".s") || name[0] == '_' || name[0] == '.' || !matchFileName(name, ctx))
      continue;
    std::ifstream in(it->path(), std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    if (matchBuildConstraints(ss.str(), ctx))
      return true;
  }
  return false;
}

} // namespace gocxx
