// The package loader (see loader.h). Import paths resolve, in order, to the
// runtime's native packages (Go declarations whose bodies are C++), packages
// of the main module (go.mod in the main package's directory or above), and
// the standard library in GOROOT, which gocxx cannot compile yet and rejects
// with `unsupported:`.
#include "gocxx/frontend/types/loader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "checker.h"
#include "gocxx/frontend/ast.h"
#include "gocxx/frontend/buildconstraint.h"
#include "gocxx/frontend/parser.h"

namespace fs = std::filesystem;

namespace gocxx::types {

namespace {

constexpr const char *kGoroot = "/usr/share/go-1.19/src";

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
  if (diags_.errorCount() != errorsBefore)
    return nullptr; // syntax errors
  if (config_.parseOnly)
    return pkg;
  if (!checkPackage(pkg))
    return nullptr;
  return pkg;
}

Package *Loader::loadImport(const std::string &path, Pos importPos) {
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
  if (!config_.nativeDir.empty() && fs::is_directory(config_.nativeDir + "/" + path)) {
    dir = config_.nativeDir + "/" + path;
    p->native = true;
  } else if (!modulePath_.empty() &&
             (path == modulePath_ ||
              path.compare(0, modulePath_.size() + 1, modulePath_ + "/") == 0)) {
    dir = moduleRoot_ + path.substr(modulePath_.size());
  } else if (fs::is_directory(std::string(kGoroot) + "/" + path)) {
    diags_.error(importPos, "unsupported: standard library package \"" + path +
                                "\" is not yet compiled by gocxx");
    return nullptr;
  } else {
    diags_.error(importPos, "package " + path + " is not in GOROOT (" + kGoroot + "/" + path + ")");
    return nullptr;
  }
  p->dir = dir;
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
  loading_.push_back(pkg->path);
  Checker checker(*types_, *info_, diags_, pkg,
                  [this](const std::string &path, Pos pos) { return loadImport(path, pos); });
  checker.checkFiles();
  loading_.pop_back();
  order_.push_back(pkg);
  return diags_.errorCount() == before;
}

} // namespace gocxx::types
