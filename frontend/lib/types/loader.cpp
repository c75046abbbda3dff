// The package loader (see loader.h). Import paths resolve, in order, to the
// runtime's native packages (Go declarations whose bodies are C++), packages
// of the main module (go.mod in the main package's directory or above), and
// the standard library in GOROOT (with GOROOT's vendor directory). A
// standard package compiled from source gets its overlay merged in: each
// top-level declaration of an overlay file replaces the package's own
// declaration of that name (a method: of that receiver type and name), or
// adds to the package. That is how Go's sources are bent to the gocxx
// runtime where they use assembly or gc's runtime internals.
#include "gocxx/frontend/types/loader.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "checker.h"
#include "gocxx/frontend/ast.h"
#include "gocxx/frontend/buildconstraint.h"
#include "gocxx/frontend/parser.h"

namespace fs = std::filesystem;

namespace gocxx::types {

const char *const kGorootSrc = "/usr/share/go-1.19/src";

namespace {

bool readFile(const std::string &path, std::string &out) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return false;
  std::stringstream buf;
  buf << in.rdbuf();
  out = buf.str();
  return true;
}

// The module containing dir: its root directory and module path, if any.
bool moduleOf(const fs::path &dir, fs::path &root, std::string &modulePath) {
  for (fs::path d = fs::absolute(dir); !d.empty(); d = d.parent_path()) {
    std::string text;
    if (readFile((d / "go.mod").string(), text)) {
      std::istringstream lines(text);
      std::string line;
      while (std::getline(lines, line)) {
        std::istringstream words(line);
        std::string kw, path;
        if (words >> kw >> path && kw == "module") {
          if (path.size() >= 2 && path.front() == '"')
            path = path.substr(1, path.size() - 2);
          root = d;
          modulePath = path;
          return true;
        }
      }
      return false;
    }
    if (d == d.root_path())
      break;
  }
  return false;
}

} // namespace

bool findModule(const std::string &dir, std::string &root, std::string &modulePath) {
  fs::path r;
  if (!moduleOf(fs::path(dir), r, modulePath))
    return false;
  root = r.string();
  return true;
}

// How a package's files are selected: linux/amd64, unless its overlay's
// build.txt says otherwise, one setting a line:
//   goarch=generic   as for an architecture without assembly (the package's
//                    pure-Go variants: *_generic.go, !amd64 files)
//   tags=a,b         extra build tags (math_big_pure_go)
static BuildContext buildContextFor(const Package *p) {
  BuildContext ctx;
  if (p->overlayDir.empty() || p->native)
    return ctx;
  std::string text;
  if (!readFile(p->overlayDir + "/build.txt", text))
    return ctx;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.rfind("goarch=", 0) == 0) {
      ctx.goarch = line.substr(7) == "generic" ? "gocxx_generic" : line.substr(7);
    } else if (line.rfind("tags=", 0) == 0) {
      std::istringstream tags(line.substr(5));
      std::string tag;
      while (std::getline(tags, tag, ','))
        if (!tag.empty())
          ctx.tags.push_back(tag);
    }
  }
  return ctx;
}

Loader::Loader(FileSet &fset, DiagnosticEngine &diags, LoaderConfig config)
    : fset_(fset), diags_(diags), config_(std::move(config)),
      ast_(std::make_unique<ast::Context>()), types_(std::make_unique<TypeContext>()),
      info_(std::make_unique<Info>()) {}

Loader::~Loader() = default;

Package *Loader::loadMain(const std::vector<std::string> &inputs) {
  auto pkg = std::make_unique<Package>();
  Package *p = pkg.get();
  std::vector<std::string> files;
  if (inputs.size() == 1 && fs::is_directory(inputs[0])) {
    p->dir = inputs[0];
    files = listPackageFiles(inputs[0]);
    if (files.empty()) {
      diags_.error(NoPos, "no Go files in " + fs::absolute(inputs[0]).lexically_normal().string());
      return nullptr;
    }
  } else {
    files = inputs;
    p->dir = fs::path(inputs[0]).parent_path().string();
    if (p->dir.empty())
      p->dir = ".";
  }
  fs::path root;
  std::string module;
  p->path = "main";
  p->externalBodies = config_.externalBodies;
  if (moduleOf(config_.moduleDir.empty() ? p->dir : config_.moduleDir, root, module)) {
    moduleRoot_ = root.string();
    modulePath_ = module;
  }
  byPath_["main"] = std::move(pkg);
  return loadFiles(p, files, NoPos);
}

namespace {

// The name an overlay declaration replaces: "F", "T", or "T.M" for a method.
std::string receiverTypeName(const ast::FuncDecl *fd) {
  if (!fd->recv || fd->recv->list.empty())
    return "";
  ast::Expr *t = fd->recv->list[0]->type;
  for (;;) {
    if (auto *p = ast::dyn_cast<ast::ParenExpr>(t))
      t = p->x;
    else if (auto *st = ast::dyn_cast<ast::StarExpr>(t))
      t = st->x;
    else if (auto *ix = ast::dyn_cast<ast::IndexExpr>(t))
      t = ix->x;
    else if (auto *il = ast::dyn_cast<ast::IndexListExpr>(t))
      t = il->x;
    else
      break;
  }
  auto *id = ast::dyn_cast<ast::Ident>(t);
  return id ? std::string(id->name) : "";
}

std::vector<std::string> declNames(const ast::Decl *d) {
  std::vector<std::string> names;
  if (auto *fd = ast::dyn_cast<ast::FuncDecl>(d)) {
    std::string recv = receiverTypeName(fd);
    if (fd->name->name != "init" && fd->name->name != "_")
      names.push_back(recv.empty() ? std::string(fd->name->name)
                                   : recv + "." + std::string(fd->name->name));
  }
  return names;
}

std::vector<std::string> specNames(const ast::Spec *spec) {
  std::vector<std::string> names;
  if (auto *ts = ast::dyn_cast<ast::TypeSpec>(spec))
    names.push_back(std::string(ts->name->name));
  else if (auto *vs = ast::dyn_cast<ast::ValueSpec>(spec))
    for (ast::Ident *id : vs->names)
      if (id->name != "_")
        names.push_back(std::string(id->name));
  return names;
}

// Merges the overlay's files into the package's (see the file comment).
void mergeOverlay(std::vector<ast::File *> &files, const std::vector<ast::File *> &overlay) {
  std::set<std::string> replaced;
  for (ast::File *f : overlay)
    for (ast::Decl *d : f->decls) {
      for (auto &n : declNames(d))
        replaced.insert(n);
      if (auto *gd = ast::dyn_cast<ast::GenDecl>(d); gd && gd->tok != Token::IMPORT)
        for (ast::Spec *spec : gd->specs)
          for (auto &n : specNames(spec))
            replaced.insert(n);
    }
  auto isReplaced = [&](const std::vector<std::string> &names) {
    for (auto &n : names)
      if (replaced.count(n))
        return true;
    return false;
  };
  for (ast::File *f : files) {
    std::vector<ast::Decl *> kept;
    // The comments of a replaced declaration (its documentation and its
    // //go: pragmas, which gc applies to the next declaration) go with it.
    std::vector<std::pair<Pos, Pos>> gone;
    Pos after = f->name ? f->name->end() : NoPos; // the previous declaration's end
    for (ast::Decl *d : f->decls) {
      Pos from = after;
      after = d->end();
      if (isReplaced(declNames(d))) {
        gone.push_back({from, d->end()});
        continue;
      }
      if (auto *gd = ast::dyn_cast<ast::GenDecl>(d); gd && gd->tok != Token::IMPORT) {
        std::vector<ast::Spec *> specs;
        for (ast::Spec *spec : gd->specs)
          if (!isReplaced(specNames(spec)))
            specs.push_back(spec);
        if (specs.empty())
          continue;
        gd->specs = specs;
      }
      kept.push_back(d);
    }
    f->decls = kept;
    std::erase_if(f->comments, [&](ast::CommentGroup *g) {
      for (auto [from, to] : gone)
        if (g->pos() > from && g->pos() < to)
          return true;
      return false;
    });
  }
  files.insert(files.end(), overlay.begin(), overlay.end());
}

} // namespace

Package *Loader::loadFiles(Package *pkg, const std::vector<std::string> &files, Pos importPos) {
  size_t errorsBefore = diags_.errorCount();
  std::vector<std::string> overlayFiles;
  if (!pkg->overlayDir.empty() && !pkg->native)
    overlayFiles = listPackageFiles(pkg->overlayDir);
  std::vector<ast::File *> overlay;
  size_t own = files.size();
  std::vector<std::string> all = files;
  all.insert(all.end(), overlayFiles.begin(), overlayFiles.end());
  for (size_t i = 0; i < all.size(); ++i) {
    const std::string &name = all[i];
    std::string text;
    if (!readFile(name, text)) {
      diags_.error(importPos, "open " + name + ": no such file or directory");
      return nullptr;
    }
    SourceFile *sf = fset_.addFile(name, std::move(text));
    ast::File *file = parseFile(*ast_, fset_, sf, diags_);
    if (!file || !file->name)
      continue;
    std::string pkgName(file->name->name);
    if (pkg->name.empty()) {
      pkg->name = pkgName;
    } else if (pkg->name != pkgName) {
      diags_.error(file->name->pos(), "package " + pkgName + "; expected " + pkg->name);
      continue;
    }
    (i < own ? pkg->files : overlay).push_back(file);
  }
  if (!overlay.empty())
    mergeOverlay(pkg->files, overlay);
  if (diags_.errorCount() != errorsBefore) {
    pkg->errors = diags_.errorCount() - errorsBefore;
    nestedErrors_ += pkg->errors;
    order_.push_back(pkg);
    return nullptr; // syntax errors
  }
  if (config_.parseOnly)
    return pkg;
  checkPackage(pkg); // a package with errors is still imported, as go/types does
  return pkg;
}

Package *Loader::loadImport(const std::string &importPath, Pos importPos) {
  // The standard library's own copies of golang.org/x packages.
  // (Only the standard library sees them, as go's vendoring rule has it.)
  std::string path = importPath;
  auto importer = loading_.empty() ? byPath_.end() : byPath_.find(loading_.back());
  // Std packages, and the external test packages of std ones (net_test),
  // live in GOROOT/src.
  auto inGoroot = [](const Package *p) {
    return p->std || p->dir.compare(0, std::strlen(kGorootSrc), kGorootSrc) == 0;
  };
  bool fromStd =
      config_.stdlibSource || (importer != byPath_.end() && inGoroot(importer->second.get()));
  if (fromStd && !fs::is_directory(std::string(kGorootSrc) + "/" + path) &&
      fs::is_directory(std::string(kGorootSrc) + "/vendor/" + path))
    path = "vendor/" + path;
  auto it = byPath_.find(path);
  if (it != byPath_.end()) {
    if (std::find(loading_.begin(), loading_.end(), path) != loading_.end()) {
      diags_.error(importPos, "import cycle not allowed");
      return nullptr;
    }
    return it->second.get();
  }
  if (path == "C") {
    diags_.error(importPos, "unsupported: cgo (import \"C\")");
    return nullptr;
  }
  // Standard packages built on parts of gc's runtime that gocxx's does not
  // have: refused at the import, rather than with errors in their sources.
  static const std::map<std::string, std::string> kRefused = {
      {"runtime/pprof", "gc's runtime profiler"},
      {"net/http/pprof", "gc's runtime profiler (runtime/pprof)"},
      {"runtime/metrics", "gc's runtime metrics"},
      {"debug/buildinfo", "gc's build information (runtime/debug.BuildInfo)"},
      {"go/importer", "gc's export data and go/types internals"}};
  if (auto r = kRefused.find(path); r != kRefused.end() && !config_.stdlibSource) {
    diags_.error(importPos, "unsupported: package " + path + " needs " + r->second +
                                ", which gocxx's runtime does not have");
    return nullptr;
  }
  if (path == "unsafe")
    return types_->unsafePackage();
  auto pkg = std::make_unique<Package>();
  Package *p = pkg.get();
  p->path = path;
  if (!config_.testPath.empty() && path == config_.testPath + "_test") {
    // The external test package: files of the tested package's directory.
    p->dir = fs::path(config_.xtestFiles.at(0)).parent_path().string();
    byPath_[path] = std::move(pkg);
    loading_.push_back(path);
    Package *result = loadFiles(p, config_.xtestFiles, importPos);
    loading_.pop_back();
    return result;
  }
  std::string dir;
  std::string goroot = kGorootSrc;
  if (!config_.stdlibSource && !config_.nativeDir.empty() &&
      fs::is_directory(config_.nativeDir + "/" + path)) {
    // The runtime's own package (runtime, runtime/debug): Go declarations
    // whose bodies are the C++ beside them, compiled like a std package.
    dir = config_.nativeDir + "/" + path;
    p->native = true;
    p->std = true;
    p->overlayDir = dir;
  } else if (!modulePath_.empty() &&
             (path == modulePath_ ||
              path.compare(0, modulePath_.size() + 1, modulePath_ + "/") == 0)) {
    dir = moduleRoot_ + path.substr(modulePath_.size());
  } else if (fs::is_directory(goroot + "/" + path)) {
    dir = goroot + "/" + path;
    if (!config_.stdlibSource) {
      p->std = true;
      if (!config_.overlayDir.empty() && fs::is_directory(config_.overlayDir + "/" + path))
        p->overlayDir = config_.overlayDir + "/" + path;
    }
  } else {
    diags_.error(importPos, "package " + path + " is not in GOROOT (" + goroot + "/" + path + ")");
    return nullptr;
  }
  p->dir = dir;
  static const std::set<std::string> kRuntimeSupplied = {
      "bytes",         "internal/poll", "net",  "os",      "runtime/metrics",
      "runtime/pprof", "runtime/trace", "sync", "syscall", "time"};
  p->externalBodies = hasAssemblyFiles(dir, buildContextFor(p)) || !p->overlayDir.empty() ||
                      (dir.compare(0, goroot.size(), goroot) == 0 && kRuntimeSupplied.count(path));
  if (!fs::is_directory(dir)) {
    diags_.error(importPos, "no required module provides package " + path);
    return nullptr;
  }
  auto files = listPackageFiles(dir, buildContextFor(p));
  if (path == config_.testPath) {
    p->underTest = true;
    files.insert(files.end(), config_.testFiles.begin(), config_.testFiles.end());
  }
  if (files.empty()) {
    diags_.error(importPos, "no Go files in " + dir);
    return nullptr;
  }
  if (p->std && config_.declarationsOnly && !p->underTest)
    p->declsOnly = config_.declarationsOnly(path);
  byPath_[path] = std::move(pkg);
  loading_.push_back(path);
  Package *result = loadFiles(p, files, importPos);
  loading_.pop_back();
  return result;
}

bool Loader::checkPackage(Package *pkg) {
  size_t before = diags_.errorCount();
  // Errors of packages imported meanwhile are theirs, not pkg's.
  size_t nestedBefore = nestedErrors_;
  loading_.push_back(pkg->path);
  Checker checker(*types_, *info_, diags_, pkg,
                  [this](const std::string &path, Pos pos) { return loadImport(path, pos); });
  checker.checkFiles();
  loading_.pop_back();
  size_t total = diags_.errorCount() - before;
  size_t nested = nestedErrors_ - nestedBefore;
  pkg->errors = total - nested;
  nestedErrors_ = nestedBefore + total;
  order_.push_back(pkg);
  return pkg->errors == 0;
}

Package *Loader::loadPath(const std::string &path) {
  fs::path root;
  std::string module;
  if (modulePath_.empty() && moduleOf(fs::current_path(), root, module)) {
    moduleRoot_ = root.string();
    modulePath_ = module;
  }
  return loadImport(path, NoPos);
}

std::vector<std::string> Loader::standardPackages() {
  std::vector<std::string> paths;
  std::error_code ec;
  fs::path src = kGorootSrc;
  for (auto it = fs::recursive_directory_iterator(src, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_directory(ec))
      continue;
    std::string name = it->path().filename().string();
    std::string rel = it->path().lexically_relative(src).string();
    if (name == "testdata" || name[0] == '.' || name[0] == '_' || rel == "cmd" ||
        rel == "builtin") {
      it.disable_recursion_pending();
      continue;
    }
    if (!listPackageFiles(it->path().string()).empty())
      paths.push_back(rel);
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

} // namespace gocxx::types
