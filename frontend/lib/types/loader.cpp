// The package loader (see loader.h). Import paths resolve, in order, to the
// runtime's native packages (Go declarations whose bodies are C++), packages
// of the main module (go.mod in the main package's directory or above), and
// the standard library in GOROOT (with GOROOT's vendor directory), which
// gocxx can type-check but not compile yet: outside LoaderConfig::stdlibSource
// it is rejected with `unsupported:`.
#include "gocxx/frontend/types/loader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
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
bool findModule(const fs::path &dir, fs::path &root, std::string &modulePath) {
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
  if (findModule(p->dir, root, module)) {
    moduleRoot_ = root.string();
    modulePath_ = module;
  }
  byPath_["main"] = std::move(pkg);
  return loadFiles(p, files, NoPos);
}

Package *Loader::loadFiles(Package *pkg, const std::vector<std::string> &files, Pos importPos) {
  size_t errorsBefore = diags_.errorCount();
  for (const auto &name : files) {
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
    pkg->files.push_back(file);
  }
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
  std::string path = importPath;
  if (config_.stdlibSource && !fs::is_directory(std::string(kGorootSrc) + "/" + path) &&
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
  if (path == "unsafe")
    return types_->unsafePackage();
  auto pkg = std::make_unique<Package>();
  Package *p = pkg.get();
  p->path = path;
  std::string dir;
  std::string goroot = kGorootSrc;
  if (!config_.stdlibSource && !config_.nativeDir.empty() &&
      fs::is_directory(config_.nativeDir + "/" + path)) {
    dir = config_.nativeDir + "/" + path;
    p->native = true;
  } else if (!modulePath_.empty() &&
             (path == modulePath_ ||
              path.compare(0, modulePath_.size() + 1, modulePath_ + "/") == 0)) {
    dir = moduleRoot_ + path.substr(modulePath_.size());
  } else if (fs::is_directory(goroot + "/" + path)) {
    if (!config_.stdlibSource) {
      diags_.error(importPos, "unsupported: standard library package \"" + path +
                                  "\" is not yet compiled by gocxx");
      return nullptr;
    }
    dir = goroot + "/" + path;
  } else {
    diags_.error(importPos, "package " + path + " is not in GOROOT (" + goroot + "/" + path + ")");
    return nullptr;
  }
  p->dir = dir;
  static const std::set<std::string> kRuntimeSupplied = {
      "bytes",         "internal/poll", "net",  "os",      "runtime/metrics",
      "runtime/pprof", "runtime/trace", "sync", "syscall", "time"};
  p->externalBodies = hasAssemblyFiles(dir) ||
                      (dir.compare(0, goroot.size(), goroot) == 0 && kRuntimeSupplied.count(path));
  if (!fs::is_directory(dir)) {
    diags_.error(importPos, "no required module provides package " + path);
    return nullptr;
  }
  auto files = listPackageFiles(dir);
  if (files.empty()) {
    diags_.error(importPos, "no Go files in " + dir);
    return nullptr;
  }
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
  if (modulePath_.empty() && findModule(fs::current_path(), root, module)) {
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
