// The package loader: resolves import paths to directories (the standard
// library under GOROOT, the runtime's native packages, the files or directory
// named on the command line), parses each package once, and type-checks them
// in dependency order, reporting import cycles as gc does.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "gocxx/frontend/diagnostics.h"
#include "gocxx/frontend/source.h"
#include "gocxx/frontend/types/package.h"

namespace gocxx::ast {
class Context;
}

namespace gocxx::types {

class TypeContext;

struct LoaderConfig {
  // Go declarations of the packages the runtime implements in C++.
  std::string nativeDir;
  // Stop after parsing.
  bool parseOnly = false;
  // Standard-library imports come from their Go sources in GOROOT as they
  // are, never from the runtime's native packages or overlays (`gocxx check`).
  bool stdlibSource = false;
  // Per standard package, Go files whose declarations replace or add to the
  // package's own (OVERLAY/<import path>/*.go), and the C++ that gives
  // body-less functions their code (*.cpp). Used when compiling: packages
  // not native are compiled from GOROOT's sources with their overlay.
  std::string overlayDir;
  // Functions of the main package may be declared without a body (their
  // code comes from elsewhere), as gc allows without -complete.
  bool externalBodies = false;
  // For a standard (or native) package: whether it is compiled already, so
  // that only its declarations need checking (Package::declsOnly).
  std::function<bool(const std::string &path)> declarationsOnly;
  // gocxx test: the import path of the package under test, which gets its
  // test files of the same package (testFiles) besides its own; the
  // external test package, import path testPath + "_test", is made of
  // xtestFiles. The generated main package lives elsewhere, so the main
  // module is looked for from moduleDir when it is set.
  std::string testPath;
  std::vector<std::string> testFiles, xtestFiles;
  std::string moduleDir;
};

// GOROOT's source directory, the standard library gocxx reads.
extern const char *const kGorootSrc;

// The module containing dir (go.mod there or above): its root directory and
// module path; false if there is none.
bool findModule(const std::string &dir, std::string &root, std::string &modulePath);

class Loader {
public:
  Loader(FileSet &fset, DiagnosticEngine &diags, LoaderConfig config);
  ~Loader();

  // Loads the main package from .go files or one directory, and everything it
  // imports. Returns nullptr when it could not be loaded; diagnostics say why.
  Package *loadMain(const std::vector<std::string> &inputs);

  // Loads the package with the given import path (standard library or main
  // module) as a root, with everything it imports; nullptr if it could not be
  // loaded or has errors.
  Package *loadPath(const std::string &path);
  // The import paths of the standard library's packages (as `go list std`:
  // GOROOT/src without cmd/, testdata and vendor/), sorted.
  static std::vector<std::string> standardPackages();
  // Every loaded package, dependencies before their importers.
  const std::vector<Package *> &packages() const { return order_; }
  Info &info() { return *info_; }
  TypeContext &typeContext() { return *types_; }

private:
  Package *loadImport(const std::string &path, Pos importPos);
  Package *loadFiles(Package *pkg, const std::vector<std::string> &files, Pos importPos);
  bool checkPackage(Package *pkg);

  FileSet &fset_;
  DiagnosticEngine &diags_;
  LoaderConfig config_;
  std::unique_ptr<ast::Context> ast_;
  std::unique_ptr<TypeContext> types_;
  std::unique_ptr<Info> info_;
  std::map<std::string, std::unique_ptr<Package>> byPath_;
  std::vector<Package *> order_;
  std::vector<std::string> loading_; // import stack, for cycle reports
  std::string moduleRoot_;           // directory holding go.mod, if any
  std::string modulePath_;           // its module path
  size_t nestedErrors_ = 0;          // errors of packages checked so far, for Package::errors
};

} // namespace gocxx::types
