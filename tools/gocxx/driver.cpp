// The pipeline behind each command (see driver.h). The work directory holds
// the emitted C++, the objects and the executable; it is removed afterwards
// unless --keep-work is given or the C++ step failed, since a C++ error in
// emitted code is a gocxx bug worth a look. The C++ step is most of a
// build's time, so it does as little as it can: the runtime header comes
// precompiled (runtime_pch.h), and package main and the program entry are
// one translation unit.
#include "driver.h"

#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include "clang_compile.h"
#include "gocxx/codegen/emit.h"
#include "gocxx/frontend/ast.h"
#include "gocxx/frontend/buildconstraint.h"
#include "gocxx/frontend/diagnostics.h"
#include "gocxx/frontend/dump.h"
#include "gocxx/frontend/parser.h"
#include "gocxx/frontend/source.h"
#include "gocxx/frontend/types/loader.h"
#include "runtime_pch.h"
#include "std_cache.h"
#include "testmain.h"

namespace fs = std::filesystem;

namespace gocxx::tools {

namespace {

// Where the runtime's headers, library and native package declarations are:
// beside the binary as installed (bin/../include, bin/../lib,
// bin/../share/gocxx/native), else in the source tree this binary was built from.
struct RuntimeLayout {
  std::string includeDir;
  std::string libDir;
  std::string nativeDir;
  std::string overlayDir;
};

RuntimeLayout findRuntime() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  fs::path prefix = exe.parent_path().parent_path();
  RuntimeLayout layout;
  layout.libDir = (prefix / "lib").string();
  if (fs::exists(prefix / "include/gocxx/runtime.h"))
    layout.includeDir = (prefix / "include").string();
  else
    layout.includeDir = std::string(GOCXX_SOURCE_DIR) + "/runtime/include";
  if (fs::exists(prefix / "share/gocxx/native"))
    layout.nativeDir = (prefix / "share/gocxx/native").string();
  else
    layout.nativeDir = std::string(GOCXX_SOURCE_DIR) + "/runtime/native";
  if (fs::exists(prefix / "share/gocxx/overlay"))
    layout.overlayDir = (prefix / "share/gocxx/overlay").string();
  else
    layout.overlayDir = std::string(GOCXX_SOURCE_DIR) + "/runtime/overlay";
  return layout;
}

bool writeFile(const fs::path &path, const std::string &text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  return static_cast<bool>(out);
}

// The escape tags of a compiled package, from the top of its header.
void readHeaderEscapeTags(const std::string &header, codegen::EscapeTags &tags) {
  std::ifstream in(header);
  codegen::readEscapeTags(in, tags);
}

// Writes a file unless it already holds text: an unchanged output keeps its
// time, so build systems see nothing to redo (gocxx emit -o).
bool writeIfChanged(const fs::path &path, const std::string &text) {
  std::ifstream in(path, std::ios::binary);
  if (in) {
    std::string old((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (old == text)
      return true;
  }
  return writeFile(path, text);
}

// A path as a Make rule writes it (spaces, '#' and '$' escaped).
std::string makeEscaped(const std::string &path) {
  std::string out;
  for (char c : path) {
    if (c == ' ' || c == '#')
      out += '\\';
    if (c == '$')
      out += '$';
    out += c;
  }
  return out;
}

// Writes a file that must not change once there (other processes may read
// it, and precompiled headers record its time): through a temporary and a
// rename, and not at all if it exists.
bool writeOnce(const fs::path &path, const std::string &text) {
  std::error_code ec;
  if (fs::exists(path, ec))
    return true;
  fs::create_directories(path.parent_path(), ec);
  fs::path tmp = path.string() + ".tmp." + std::to_string(getpid());
  if (!writeFile(tmp, text))
    return false;
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    fs::remove(tmp, ec);
    return fs::exists(path, ec);
  }
  return true;
}

void fail(const std::string &message) { std::fprintf(stderr, "gocxx: %s\n", message.c_str()); }

} // namespace

struct Driver::Impl {
  DriverOptions opts;
  RuntimeLayout layout = findRuntime();
  FileSet fset;
  DiagnosticEngine diags{fset};
  std::unique_ptr<types::Loader> loader;
  types::Package *mainPkg = nullptr;
  std::string workDir;
  bool keepWork = false;
  StdObjectCache cache;
  uint64_t runtime = 0; // runtimeKey of the build's flags
  uint64_t build = 0;   // StdObjectCache::buildKey
  std::string incDir;   // the build's std headers (StdObjectCache::includeDir), or ""
  // gocxx test: the package under test and its test files (LoaderConfig).
  std::string testPath, moduleDir;
  std::vector<std::string> testFiles, xtestFiles;
  // A std package under test has a header of its own: the build then
  // includes std headers from here (links to incDir's, and that header).
  std::string privateInc;

  explicit Impl(DriverOptions o) : opts(std::move(o)), keepWork(opts.keepWork) {}

  ~Impl() { releaseWorkDir(); }

  void releaseWorkDir() {
    if (workDir.empty())
      return;
    if (keepWork) {
      std::fprintf(stderr, "gocxx: work directory kept: %s\n", workDir.c_str());
      return;
    }
    std::error_code ec;
    fs::remove_all(workDir, ec);
    workDir.clear();
  }

  std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();

  // With -v: what the driver does next, after the milliseconds so far.
  void step(const std::string &what) {
    if (!opts.verbose)
      return;
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                  std::chrono::steady_clock::now() - started)
                  .count();
    std::fprintf(stderr, "gocxx: [%5lld ms] %s\n", static_cast<long long>(ms), what.c_str());
  }

  // Prints collected diagnostics; true if there were errors.
  bool reportDiagnostics() {
    if (diags.diagnostics().empty())
      return false;
    std::cout.flush();
    diags.print(std::cerr, opts.allErrors ? 0 : 10);
    return diags.hasErrors();
  }

  // The exit status after load failed, as the go command's: 2 when the
  // compiler rejected the source (syntax and type errors, gc's exit status),
  // 1 when the packages could not be found or read.
  int loadFailureStatus() const {
    for (const auto &d : diags.diagnostics())
      if (d.severity == Severity::Error &&
          (d.message.find(" is not in GOROOT") != std::string::npos ||
           d.message.rfind("no Go files in ", 0) == 0 ||
           d.message.rfind("cannot find package", 0) == 0))
        return 1;
    return diags.hasErrors() ? 2 : 1;
  }

  bool checkInputs(const std::vector<std::string> &inputs) {
    for (const auto &in : inputs) {
      std::error_code ec;
      auto st = fs::status(in, ec);
      if (ec || !fs::exists(st)) {
        fail("stat " + in + ": no such file or directory");
        return false;
      }
      if (fs::is_directory(st)) {
        if (inputs.size() > 1) {
          fail("cannot mix a directory with files: " + in);
          return false;
        }
      } else if (in.size() < 3 || in.compare(in.size() - 3, 3, ".go") != 0) {
        fail(in + ": not a .go file");
        return false;
      }
    }
    return true;
  }

  // Loads and checks the program. For building, std packages compiled
  // before by this gocxx are only declared (StdObjectCache's fast path).
  bool load(const std::vector<std::string> &inputs, bool forBuild = false) {
    if (!checkInputs(inputs))
      return false;
    step("load and type-check " + inputs[0]);
    types::LoaderConfig config;
    config.nativeDir = layout.nativeDir;
    config.overlayDir = layout.overlayDir;
    if (forBuild && cache.usable()) {
      CxxOptions cxx = cxxOptions();
      std::string flags;
      for (const auto &f : cxxLanguageFlags(cxx))
        flags += f + "\n";
      flags += opts.lineDirectives ? "lines\n" : "no-lines\n";
      for (const auto &tag : opts.tags) // they select other files of std packages
        flags += "tag " + tag + "\n";
      runtime = runtimeKey(cxx, layout.includeDir);
      build = StdObjectCache::buildKey(runtime, flags, {layout.overlayDir, layout.nativeDir});
      incDir = cache.includeDir(build);
      config.declarationsOnly = [this](const std::string &path) {
        types::Package probe;
        probe.path = path;
        return cache.compiled(build, path, codegen::headerFileName(probe));
      };
    }
    config.testPath = testPath;
    config.testFiles = testFiles;
    config.xtestFiles = xtestFiles;
    config.moduleDir = moduleDir;
    loader = std::make_unique<types::Loader>(fset, diags, config);
    mainPkg = loader->loadMain(inputs);
    bool errors = reportDiagnostics();
    return mainPkg && !errors;
  }

  bool makeWorkDir() {
    if (!workDir.empty())
      return true;
    const char *tmp = std::getenv("TMPDIR");
    std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/gocxx-work-XXXXXX";
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    if (!mkdtemp(buf.data())) {
      fail("cannot create work directory: " + std::string(std::strerror(errno)));
      return false;
    }
    workDir = buf.data();
    step("work directory " + workDir);
    return true;
  }

  // One package's emitted C++, as written into the work directory.
  struct Unit {
    types::Package *pkg = nullptr;
    std::string header, source;         // paths
    std::string headerText, sourceText; // contents
    std::vector<std::string> natives;   // the overlay's C++ files (std packages)
    uint64_t key = 0;                   // std packages: the object cache key
    bool compiled = false;              // a std package compiled before: not emitted
    codegen::EmittedFile exportHeader;  // its //export functions' declarations, if any
    std::vector<codegen::EmittedPackage::Extern> externs; // its //gocxx:extern calls
    std::vector<std::string> cxxHeaders; // the user's C++ headers it includes (//gocxx:include)
  };

  // Whether C++ text has a function named name (or a method T__name):
  // name followed by "(" and not preceded by an identifier character other
  // than the "__" of a method.
  static bool definesFunction(const std::string &text, const std::string &name) {
    for (size_t at = text.find(name + "("); at != std::string::npos;
         at = text.find(name + "(", at + 1)) {
      if (at == 0)
        return true;
      char before = text[at - 1];
      if (!(std::isalnum(static_cast<unsigned char>(before)) || before == '_') ||
          (at >= 2 && text.compare(at - 2, 2, "__") == 0))
        return true;
    }
    return false;
  }

  // The C++ files of a std package's overlay, sorted. A body-less function
  // (assembly in Go, or supplied by gc's runtime) must have its code there:
  // one that has not is reported here, at its declaration, instead of as a
  // link error.
  bool nativeFiles(types::Package *pkg, std::vector<std::string> &out) {
    std::string text;
    std::error_code ec;
    if (!pkg->overlayDir.empty())
      for (auto it = fs::directory_iterator(pkg->overlayDir, ec);
           !ec && it != fs::directory_iterator(); it.increment(ec))
        if (it->path().extension() == ".cpp")
          out.push_back(it->path().string());
    std::sort(out.begin(), out.end());
    for (const auto &f : out) {
      std::ifstream in(f, std::ios::binary);
      std::stringstream buf;
      buf << in.rdbuf();
      text += buf.str();
    }
    bool ok = true;
    for (ast::File *file : pkg->files)
      for (ast::Decl *d : file->decls) {
        auto *fd = ast::dyn_cast<ast::FuncDecl>(d);
        if (!fd || fd->body)
          continue;
        std::string name(fd->name->name);
        if (definesFunction(text, codegen::cxxIdentifier(name)))
          continue;
        Position p = fset.position(fd->pos());
        std::cerr << p.str() << ": error: unsupported: function " << name
                  << " has no Go body (it is assembly or part of gc's runtime) and no native "
                     "implementation in gocxx\n";
        ok = false;
      }
    return ok;
  }

  codegen::EmitOptions emitOptions() const {
    codegen::EmitOptions eo;
    eo.lineDirectives = opts.lineDirectives;
    for (const auto &d : opts.includeDirs)
      eo.includeDirs.push_back(fs::absolute(d).lexically_normal().string());
    return eo;
  }

  // Emits every compiled package into dir (headers and sources under
  // gocxx's "gopkg/" directory), dependencies first; then the program entry
  // if `entry` is given.
  bool emitAll(const fs::path &dir, std::vector<Unit> &units, std::string *entry = nullptr) {
    codegen::EmitOptions eo = emitOptions();
    codegen::EscapeTags tags;
    eo.escapeTags = &tags;
    std::error_code ec;
    fs::create_directories(dir / "gopkg", ec);
    if (ec) {
      fail("cannot create " + dir.string() + ": " + ec.message());
      return false;
    }
    bool ok = true;
    for (types::Package *pkg : loader->packages())
      if (pkg->std && pkg->underTest && !incDir.empty() && !privateIncludes(dir))
        return false;
    for (types::Package *pkg : loader->packages()) {
      if (pkg->path == "unsafe")
        continue;
      Unit u;
      u.pkg = pkg;
      if (pkg->declsOnly) {
        if (!cache.compiled(build, pkg->path, codegen::headerFileName(*pkg), &u.key)) {
          fail("the compiled package " + pkg->path + " left the cache during the build");
          return false;
        }
        u.compiled = true;
        u.header = incDir + "/" + codegen::headerFileName(*pkg);
        readHeaderEscapeTags(u.header, tags);
        units.push_back(std::move(u));
        continue;
      }
      step("emit C++ for package " + pkg->path);
      auto out = codegen::emitPackage(*pkg, loader->info(), fset, eo);
      if (pkg->std && !nativeFiles(pkg, u.natives))
        ok = false;
      if (!out.errors.empty()) {
        std::cerr << out.errors;
        ok = false;
        continue;
      }
      // A std package's header goes to the build's include directory (once:
      // a precompiled header may depend on it), other headers to dir.
      bool shared = pkg->std && !incDir.empty() && !pkg->underTest;
      fs::path hdir = shared ? fs::path(incDir) : dir;
      if (shared && !writeOnce(hdir / out.header.name, out.header.text)) {
        fail("cannot write " + (hdir / out.header.name).string());
        return false;
      }
      std::error_code ec;
      if (shared && !privateInc.empty() && !fs::exists(privateInc / fs::path(out.header.name)))
        fs::create_symlink(hdir / out.header.name, privateInc / fs::path(out.header.name), ec);
      bool own = pkg->std && pkg->underTest && !privateInc.empty();
      if (own) {
        hdir = privateInc;
        fs::remove(hdir / out.header.name, ec);
        if (!writeFile(hdir / out.header.name, out.header.text)) {
          fail("cannot write " + (hdir / out.header.name).string());
          return false;
        }
      }
      for (const auto *f : {&out.header, &out.source}) {
        if ((shared || own) && f == &out.header)
          continue;
        if (!writeIfChanged(dir / f->name, f->text)) {
          fail("cannot write " + (dir / f->name).string());
          return false;
        }
      }
      u.header = (hdir / out.header.name).string();
      u.source = (dir / out.source.name).string();
      u.headerText = std::move(out.header.text);
      u.sourceText = std::move(out.source.text);
      u.exportHeader = std::move(out.exportHeader);
      u.externs = std::move(out.externs);
      u.cxxHeaders = std::move(out.cxxHeaders);
      units.push_back(std::move(u));
    }
    if (!ok)
      return false;
    if (entry) {
      auto e = opts.archive ? codegen::emitLibraryEntry(*mainPkg)
                            : codegen::emitEntry(*mainPkg, loader->packages());
      if (!writeIfChanged(dir / e.name, e.text)) {
        fail("cannot write " + (dir / e.name).string());
        return false;
      }
      *entry = (dir / e.name).string();
    }
    return true;
  }

  // The std headers as this build sees them (see privateInc): links to
  // the build's include directory's.
  bool privateIncludes(const fs::path &dir) {
    privateInc = (dir / "inc").string();
    std::error_code ec;
    fs::create_directories(fs::path(incDir) / "gopkg", ec);
    fs::create_directories(fs::path(privateInc) / "gopkg", ec);
    for (auto it = fs::directory_iterator(fs::path(incDir) / "gopkg", ec);
         !ec && it != fs::directory_iterator(); it.increment(ec))
      fs::create_symlink(it->path(), fs::path(privateInc) / "gopkg" / it->path().filename(), ec);
    if (ec) {
      fail("cannot make " + privateInc + ": " + ec.message());
      return false;
    }
    return true;
  }

  CxxOptions cxxOptions() const {
    CxxOptions cxx;
    cxx.externalCxx = opts.externalCxx;
    cxx.optLevel = opts.optLevel;
    cxx.sanitize = opts.sanitize;
    cxx.verbose = opts.verbose;
    cxx.includeDirs = {layout.includeDir};
    if (!workDir.empty())
      cxx.unitIncludeDirs.push_back(workDir); // "gopkg/..." headers
    if (!incDir.empty())
      cxx.unitIncludeDirs.push_back(privateInc.empty() ? incDir : privateInc); // std headers
    cxx.libDirs = {layout.libDir};
    // Under AddressSanitizer the runtime must tell it of every goroutine
    // switch (runtime/lib/fiber_sanitizers.h): its instrumented copy.
    bool asan = opts.sanitize.find("address") != std::string::npos;
    cxx.libs = {asan ? "gocxx_rt_asan" : "gocxx_rt", "gocxx_backtrace", "boost_context", "gc",
                "pthread"};
    return cxx;
  }

  // Writes a unit that includes `files` (package main with the program
  // entry, or a std package with its native C++): one Clang run instead of
  // one per file (front-end set-up, PCH load, back end).
  bool writeUnit(const fs::path &unit, const std::string &what,
                 const std::vector<std::string> &files) {
    std::string text = "// " + what + " as one translation unit.\n";
    for (const auto &f : files)
      text += "#include \"" + f + "\"\n";
    if (!writeFile(unit, text)) {
      fail("cannot write " + unit.string());
      return false;
    }
    return true;
  }

  // Compiles one unit; if Clang refused the PCH (damaged, removed, or built
  // from headers that changed since), the unit is compiled again without it
  // and the PCH is dropped so that the next run rebuilds it.
  bool compileUnit(CxxOptions &cxx, const std::string &src, const std::string &obj,
                   std::string &errors) {
    bool pchRefused = false;
    if (compileCxx(cxx, src, obj, errors, &pchRefused))
      return true;
    if (!pchRefused)
      return false;
    step("precompiled runtime header refused, compiling without it: " +
         errors.substr(0, errors.find('\n')));
    discardPrecompiledRuntime(cxx.pch);
    cxx.pch.clear();
    errors.clear();
    return compileCxx(cxx, src, obj, errors);
  }

  bool importsFmt() const {
    for (types::Package *p : loader->packages())
      if (p->path == "fmt" && p->std)
        return true;
    return false;
  }

  // Compiles one unit to obj, reporting a C++ error as gocxx's bug, unless
  // it is at a //gocxx:extern call (externs): then the C++ function named
  // does not match the Go declaration, and the errors are the user's.
  bool compileOrReport(CxxOptions &cxx, const std::string &src, const std::string &obj,
                       const Unit *user = nullptr) {
    step("compile " + src);
    std::string errors;
    if (compileUnit(cxx, src, obj, errors))
      return true;
    if (user && reportExternErrors(errors, user->source, user->externs))
      return false;
    keepWork = true;
    std::cerr << errors;
    fail("internal compiler error: the generated C++ did not compile (a gocxx bug); "
         "work directory: " +
         workDir);
    return false;
  }

  // The user's headers that `headers` include, themselves among them:
  // every file that an `#include "..."` (or an `#include <...>` found in a
  // -I directory) names, found next to its includer or in a -I directory,
  // followed through. System headers are not: the runtime key covers
  // Clang's, and the system's change with the machine alone.
  std::vector<std::string> userHeaders(const std::vector<std::string> &headers) {
    std::set<std::string> seen;
    std::vector<std::string> todo = headers;
    while (!todo.empty()) {
      std::string h = todo.back();
      todo.pop_back();
      if (!seen.insert(h).second)
        continue;
      std::ifstream in(h);
      for (std::string line; std::getline(in, line);) {
        size_t i = line.find_first_not_of(" \t");
        if (i == std::string::npos || line[i] != '#')
          continue;
        i = line.find_first_not_of(" \t", i + 1);
        if (i == std::string::npos || line.compare(i, 7, "include") != 0)
          continue;
        size_t open = line.find_first_of("\"<", i + 7);
        if (open == std::string::npos)
          continue;
        size_t close = line.find(line[open] == '"' ? '"' : '>', open + 1);
        if (close == std::string::npos)
          continue;
        std::string name = line.substr(open + 1, close - open - 1);
        std::vector<fs::path> dirs;
        if (line[open] == '"')
          dirs.push_back(fs::path(h).parent_path());
        for (const auto &d : opts.includeDirs)
          dirs.push_back(fs::absolute(d));
        for (const auto &d : dirs) {
          std::error_code ec;
          fs::path p = (d / name).lexically_normal();
          if (fs::is_regular_file(p, ec)) {
            todo.push_back(p.string());
            break;
          }
        }
      }
    }
    return {seen.begin(), seen.end()};
  }

  // Clang's errors at //gocxx:extern calls, as `file:line:col: error:
  // //gocxx:extern "name": ...` at the directives; false if there are none.
  bool reportExternErrors(const std::string &errors, const std::string &source,
                          const std::vector<codegen::EmittedPackage::Extern> &externs) {
    std::string out;
    std::istringstream in(errors);
    for (std::string line; std::getline(in, line);) {
      size_t err = line.find(": error: ");
      if (err == std::string::npos)
        continue;
      for (const auto &e : externs) {
        std::string at = source + ":" + std::to_string(e.line) + ":";
        if (line.compare(0, at.size(), at) != 0)
          continue;
        // Clang's guess would name the Go function's own C++ name.
        std::string msg = line.substr(err + 9);
        msg = msg.substr(0, msg.find("; did you mean"));
        // The pointer that picks the C++ function: its type is the Go one's.
        const std::string init = "cannot initialize a variable of type ",
                          with = " with an rvalue of type ";
        if (size_t w = msg.find(with); msg.rfind(init, 0) == 0 && w != std::string::npos)
          msg = "the C++ function is " + msg.substr(w + with.size()) +
                ", the Go declaration needs " + msg.substr(init.size(), w - init.size());
        out += e.position + ": error: //gocxx:extern " + e.cxxName + ": " + msg + "\n";
      }
    }
    if (out.empty())
      return false;
    std::cout.flush();
    std::cerr << out;
    return true;
  }

  // A std package's object key: what it is made of, its imports' keys.
  // (A user package's: with the text of the entry compiled with it.)
  void stdKey(Unit &u, const std::map<types::Package *, uint64_t> &keys,
              const std::string &entryText = "") {
    std::vector<uint64_t> importKeys;
    for (types::Package *imp : u.pkg->imports)
      if (auto it = keys.find(imp); it != keys.end())
        importKeys.push_back(it->second);
    u.key =
        StdObjectCache::objectKey(runtime, (u.pkg->std ? "" : "user:") + u.pkg->path, u.headerText,
                                  u.sourceText + entryText, u.natives, importKeys);
  }

  // Compiles a std package (with its native C++) into the cache, unless
  // another process did meanwhile; returns the cached object or "".
  std::string compileStd(const CxxOptions &cxx, const Unit &u) {
    int lock = cache.lock(u.key);
    std::string obj = cache.lookup(u.key);
    if (obj.empty()) {
      std::vector<std::string> files = {u.source};
      files.insert(files.end(), u.natives.begin(), u.natives.end());
      std::string unit = u.source.substr(0, u.source.size() - 4) + "_unit.cpp";
      std::string built = u.source.substr(0, u.source.size() - 4) + ".o";
      CxxOptions mine = cxx;
      if (writeUnit(unit, "Package " + u.pkg->path + " and its native code", files) &&
          compileOrReport(mine, unit, built))
        obj = cache.store(u.key, built);
    }
    cache.unlock(lock);
    return obj;
  }

  // The objects of the std packages not compiled yet, compiled side by side
  // (one Clang per core; each is a translation unit of its own). On a
  // terminal, each compile is announced: "[3/12] compiling encoding/json".
  bool compileStdPackages(const CxxOptions &cxx, std::vector<Unit *> &todo,
                          std::map<Unit *, std::string> &objects) {
    if (todo.empty())
      return true;
    bool tty = isatty(2);
    std::atomic<size_t> next{0}, done{0};
    std::atomic<bool> ok{true};
    std::mutex lock;
    auto work = [&] {
      for (size_t i; ok && (i = next.fetch_add(1)) < todo.size();) {
        Unit *u = todo[i];
        if (tty && !opts.verbose)
          std::fprintf(stderr, "[%zu/%zu] compiling %s\n", done.load() + 1, todo.size(),
                       u->pkg->path.c_str());
        std::string obj = compileStd(cxx, *u);
        done++;
        std::lock_guard lk(lock);
        if (obj.empty())
          ok = false;
        else
          objects[u] = obj;
      }
    };
    unsigned n = std::max(
        1u, std::min<unsigned>(std::thread::hardware_concurrency(), unsigned(todo.size())));
    std::vector<std::thread> threads;
    for (unsigned i = 1; i < n; i++)
      threads.emplace_back(work);
    work();
    for (auto &t : threads)
      t.join();
    return ok;
  }

  // Builds the loaded main package into the executable `output`.
  // --depfile: a Make rule saying target depends on every file the build
  // read: the Go files of every package (the standard library's and the
  // overlays' too), the module's go.mod and the std packages' native C++.
  bool writeDepfile(const std::string &target, const std::vector<Unit> &units) {
    if (opts.depfile.empty())
      return true;
    std::set<std::string> deps;
    for (const auto &f : fset.files())
      deps.insert(fs::absolute(f->name()).lexically_normal().string());
    for (const Unit &u : units)
      for (const auto &n : u.natives)
        deps.insert(fs::absolute(n).lexically_normal().string());
    std::string root, module;
    if (mainPkg && types::findModule(mainPkg->dir, root, module))
      deps.insert((fs::path(root) / "go.mod").lexically_normal().string());
    std::string text = makeEscaped(target) + ":";
    for (const auto &d : deps)
      text += " \\\n  " + makeEscaped(d);
    text += "\n";
    if (!writeIfChanged(opts.depfile, text)) {
      fail("cannot write " + opts.depfile);
      return false;
    }
    return true;
  }

  // share: output is the build's own (run's, in the work directory), so a
  // cached executable may be linked there rather than copied.
  bool buildExecutable(const std::string &output, bool share = false) {
    if (mainPkg->name != "main") {
      fail("package " + mainPkg->path + " is not a main package");
      return false;
    }
    std::vector<Unit> units;
    std::vector<std::string> objects;
    CxxOptions cxx;
    if (!buildObjects(units, objects, cxx))
      return false;
    // Linked before from the same objects (all of them cached, so named by
    // their contents) and runtime libraries: the executable is the cache's.
    uint64_t exeKey = 0;
    if (cache.usable() && std::all_of(objects.begin(), objects.end(), [&](const std::string &o) {
          return o.rfind(cache.dir(), 0) == 0;
        })) {
      std::string link = cxx.externalCxx + "\n";
      for (const auto &o : objects)
        link += o + "\n";
      for (const auto &l : cxx.libs)
        link += "-l" + l + "\n";
      std::vector<std::string> libs;
      for (const auto &l : cxx.libs)
        if (fs::exists(fs::path(layout.libDir) / ("lib" + l + ".a")))
          libs.push_back((fs::path(layout.libDir) / ("lib" + l + ".a")).string());
      exeKey = StdObjectCache::objectKey(runtime, "executable", "", link, libs, {});
      std::string cached = cache.lookup(exeKey);
      std::error_code ec;
      if (!cached.empty()) {
        fs::remove(output, ec);
        ec.clear();
        if (share)
          fs::create_hard_link(cached, output, ec);
        if (!share || ec)
          fs::copy_file(cached, output, ec);
        if (!ec) {
          fs::permissions(output,
                          fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                              fs::perms::others_read | fs::perms::others_exec,
                          ec);
          step("executable linked before (" + cached + ")");
          return writeDepfile(output, units);
        }
      }
    }
    step("link " + output);
    std::string errors;
    if (!linkExecutable(cxx, objects, output, errors)) {
      keepWork = true;
      std::cerr << errors;
      fail("link failed (a gocxx bug, a missing runtime library, or C++ that a //gocxx:extern "
           "function calls and that was not given); work directory: " +
           workDir);
      return false;
    }
    if (exeKey)
      cache.store(exeKey, output);
    return writeDepfile(output, units);
  }

  // -buildmode=c-archive: the library `output` (every package's object, the
  // runtime's, the library entry) and each user package's <name>_export.h
  // beside it.
  bool buildArchive(const std::string &output) {
    std::vector<Unit> units;
    std::vector<std::string> objects;
    CxxOptions cxx;
    if (!buildObjects(units, objects, cxx))
      return false;
    fs::path dir = fs::absolute(output).parent_path();
    std::error_code ec;
    fs::create_directories(dir, ec);
    for (const Unit &u : units)
      if (!u.exportHeader.name.empty() &&
          !writeIfChanged(dir / u.exportHeader.name, u.exportHeader.text)) {
        fail("cannot write " + (dir / u.exportHeader.name).string());
        return false;
      }
    bool asan = opts.sanitize.find("address") != std::string::npos;
    std::vector<std::string> libs = {
        (fs::path(layout.libDir) / (asan ? "libgocxx_rt_asan.a" : "libgocxx_rt.a")).string(),
        (fs::path(layout.libDir) / "libgocxx_backtrace.a").string()};
    std::vector<std::string> members;
    for (const auto &o : objects)
      (o.size() > 2 && o.compare(o.size() - 2, 2, ".a") == 0 ? libs : members).push_back(o);
    step("archive " + output);
    std::string errors;
    if (!makeArchive(members, libs, fs::absolute(output).string(),
                     (fs::path(workDir) / "archive.mri").string(), opts.verbose, errors)) {
      keepWork = true;
      std::cerr << errors;
      fail("cannot write the library " + output + "; work directory: " + workDir);
      return false;
    }
    return writeDepfile(output, units);
  }

  // The C++ given with the Go files (DriverOptions::cxxInputs): .cpp and .cc
  // compiled here (with the Go files' directory and -I directories on the
  // include path), objects and archives as they are.
  bool compileCxxInputs(const CxxOptions &base, std::vector<std::string> &objects) {
    CxxOptions cxx = base;
    cxx.pch.clear();
    cxx.unitIncludeDirs.push_back(mainPkg->dir.empty() ? "." : mainPkg->dir);
    for (const auto &d : opts.includeDirs)
      cxx.unitIncludeDirs.push_back(fs::absolute(d).string());
    int n = 0;
    for (const auto &in : opts.cxxInputs) {
      std::error_code ec;
      if (!fs::is_regular_file(in, ec)) {
        fail("stat " + in + ": no such file or directory");
        return false;
      }
      fs::path p(in);
      if (p.extension() == ".o" || p.extension() == ".a") {
        objects.push_back(fs::absolute(p).string());
        continue;
      }
      std::string obj =
          (fs::path(workDir) / ("cxx" + std::to_string(n++) + "_" + p.stem().string() + ".o"))
              .string();
      step("compile " + in);
      std::string errors;
      if (!compileCxx(cxx, fs::absolute(p).string(), obj, errors)) {
        std::cout.flush();
        std::cerr << errors;
        fail("cannot compile " + in);
        return false;
      }
      objects.push_back(obj);
    }
    return true;
  }

  // Emits and compiles every package of the loaded program, and the entry
  // (the program's, or with -buildmode=c-archive the library's): objects in
  // link order, with the C++ inputs after them.
  bool buildObjects(std::vector<Unit> &units, std::vector<std::string> &objects, CxxOptions &cxx) {
    if (!makeWorkDir())
      return false;
    // A package that is not a command, outside -buildmode=c-archive, has
    // no entry: its objects are only made (and cached), as go build does.
    std::string entry;
    bool withEntry = opts.archive || mainPkg->name == "main";
    if (!emitAll(workDir, units, withEntry ? &entry : nullptr))
      return false;
    cxx = cxxOptions();
    std::string why;
    cxx.pch = precompiledRuntime(cxx, layout.includeDir, why);
    step(cxx.pch.empty() ? "no precompiled runtime header: " + why
                         : "precompiled runtime header " + cxx.pch);
    if (!cache.usable())
      step("no cache for std packages: " + cache.why());
    if (!runtime)
      runtime = runtimeKey(cxx, layout.includeDir);
    // The std packages: keys in dependency order, then the missing objects.
    std::map<types::Package *, uint64_t> keys;
    std::map<Unit *, std::string> stdObjects;
    std::vector<Unit *> todo;
    // A std package under test, and the std packages that import it and are
    // compiled now, are this build's own: not cached, compiled here.
    std::set<types::Package *> local;
    for (Unit &u : units) {
      bool importsLocal = false;
      for (types::Package *imp : u.pkg->imports)
        importsLocal |= local.count(imp) > 0;
      if (u.pkg->std && !u.compiled && (u.pkg->underTest || importsLocal))
        local.insert(u.pkg);
    }
    for (Unit &u : units) {
      if (local.count(u.pkg))
        continue;
      if (u.compiled) {
        stdObjects[&u] = cache.lookup(u.key);
        step("package " + u.pkg->path + " is compiled (" + stdObjects[&u] + ")");
      } else if (u.pkg->std) {
        stdKey(u, keys);
        std::string obj = cache.lookup(u.key);
        if (obj.empty())
          todo.push_back(&u);
        else
          stdObjects[&u] = obj;
      } else {
        continue;
      }
      keys[u.pkg] = u.key;
    }
    if (!compileStdPackages(cxx, todo, stdObjects))
      return false;
    for (Unit &u : units)
      if (build && u.pkg->std && !u.compiled && !local.count(u.pkg))
        cache.remember(build, u.pkg->path, u.key);
    bool stdPchTried = false;
    for (Unit &u : units) {
      std::string obj;
      if (u.compiled || (u.pkg->std && !local.count(u.pkg))) {
        obj = stdObjects[&u];
      } else if (u.pkg->std) {
        // A std package of this build (local): with its native code, here.
        std::vector<std::string> files = {u.source};
        files.insert(files.end(), u.natives.begin(), u.natives.end());
        std::string unit = u.source.substr(0, u.source.size() - 4) + "_unit.cpp";
        obj = unit.substr(0, unit.size() - 4) + ".o";
        if (!writeUnit(unit, "Package " + u.pkg->path + " with its tests", files) ||
            !compileOrReport(cxx, unit, obj))
          return false;
      } else {
        // A user package's object is cached as a std package's is, under
        // its C++, its imports' keys and the user's C++ headers it
        // includes, so an unchanged package is not compiled again.
        bool isMain = u.pkg == mainPkg;
        uint64_t key = 0;
        if (cache.usable() && privateInc.empty()) {
          u.natives = userHeaders(u.cxxHeaders);
          std::string entryText;
          if (isMain) {
            std::ifstream in(entry, std::ios::binary);
            std::stringstream buf;
            buf << in.rdbuf();
            entryText = buf.str();
          }
          stdKey(u, keys, entryText);
          keys[u.pkg] = key = u.key;
          obj = cache.lookup(key);
          if (!obj.empty()) {
            step("package " + u.pkg->path + " is unchanged, compiled before (" + obj + ")");
            objects.push_back(obj);
            continue;
          }
        }
        // User packages compile with the std PCH, once there is one.
        // (Only for programs that import fmt: the PCH's inline definitions
        // may refer to fmt's imports, which are then linked.)
        if (!stdPchTried && importsFmt() && privateInc.empty()) {
          stdPchTried = true;
          std::string whyNot;
          std::string pch = precompiledStd(cxx, incDir, whyNot);
          step(pch.empty() ? "no precompiled std header: " + whyNot
                           : "precompiled std header " + pch);
          if (!pch.empty())
            cxx.pch = pch;
        }
        if (u.pkg == mainPkg && withEntry) {
          // The package and the entry (a few lines that call main, or the
          // library's initialisation).
          std::string unit = (fs::path(workDir) / "gocxx_main_unit.cpp").string();
          obj = unit.substr(0, unit.size() - 4) + ".o";
          if (!writeUnit(unit, "Package " + u.pkg->path + " and the entry", {u.source, entry}) ||
              !compileOrReport(cxx, unit, obj, &u))
            return false;
        } else {
          obj = u.source.substr(0, u.source.size() - 4) + ".o";
          if (!compileOrReport(cxx, u.source, obj, &u))
            return false;
        }
        if (key)
          obj = cache.store(key, obj);
      }
      objects.push_back(obj);
    }
    return compileCxxInputs(cxx, objects);
  }
};

Driver::Driver(DriverOptions opts) : impl_(new Impl(std::move(opts))) {
  setCommandTags(impl_->opts.tags);
}
Driver::~Driver() { delete impl_; }

void Driver::releaseWorkDir() { impl_->releaseWorkDir(); }

int Driver::parse(const std::vector<std::string> &files) {
  Impl &d = *impl_;
  ast::Context ctx;
  for (const auto &name : files) {
    std::ifstream in(name, std::ios::binary);
    if (!in) {
      fail("open " + name + ": no such file or directory");
      return 1;
    }
    std::stringstream buf;
    buf << in.rdbuf();
    SourceFile *file = d.fset.addFile(name, buf.str());
    ast::File *tree = parseFile(ctx, d.fset, file, d.diags);
    if (d.opts.dumpAst && tree && !d.diags.hasErrors())
      dumpFile(tree, d.fset, std::cout);
  }
  return d.reportDiagnostics() ? 1 : 0;
}

// check type-checks the files or directory named, or packages named by import
// path ("std" for the whole standard library), against the standard library's
// Go sources.
int Driver::check(const std::vector<std::string> &inputs) {
  Impl &d = *impl_;
  // As for go: .go files, and paths that start with / or . are files and
  // directories; a name of a standard-library package is that package;
  // anything else is a directory if one exists by that name.
  auto isFilePath = [](const std::string &in) {
    std::error_code ec;
    if ((in.size() >= 3 && in.compare(in.size() - 3, 3, ".go") == 0) || in[0] == '/' ||
        in[0] == '.')
      return true;
    if (in == "std" || fs::is_directory(std::string(types::kGorootSrc) + "/" + in, ec))
      return false;
    return fs::exists(in, ec);
  };
  bool byPath = !inputs.empty();
  for (const auto &in : inputs)
    if (isFilePath(in))
      byPath = false;
  types::LoaderConfig config;
  config.nativeDir = d.layout.nativeDir;
  config.stdlibSource = true;
  config.externalBodies = d.opts.externalBodies;
  if (!byPath) {
    if (!d.checkInputs(inputs))
      return 1;
    d.loader = std::make_unique<types::Loader>(d.fset, d.diags, config);
    d.mainPkg = d.loader->loadMain(inputs);
    bool errors = d.reportDiagnostics();
    return d.mainPkg && !errors ? 0 : 1;
  }
  std::vector<std::string> paths;
  for (const auto &in : inputs) {
    if (in == "std") {
      auto all = types::Loader::standardPackages();
      paths.insert(paths.end(), all.begin(), all.end());
    } else {
      paths.push_back(in);
    }
  }
  d.loader = std::make_unique<types::Loader>(d.fset, d.diags, config);
  for (const auto &path : paths) {
    d.step("load and type-check " + path);
    d.loader->loadPath(path);
  }
  std::cout.flush();
  d.diags.print(std::cerr, d.opts.allErrors || d.opts.verbose ? 0 : 10);
  if (paths.size() > 1 || d.opts.verbose) {
    size_t failed = 0;
    for (types::Package *pkg : d.loader->packages()) {
      if (pkg->errors) {
        ++failed;
        if (d.opts.verbose)
          std::fprintf(stderr, "gocxx: %s: %zu errors\n", pkg->path.c_str(), pkg->errors);
      }
    }
    std::fprintf(stderr, "gocxx: checked %zu packages, %zu with errors\n",
                 d.loader->packages().size(), failed);
  }
  // The process ends next: freeing every type and node one by one would only
  // take time (a fifth of checking the whole standard library).
  (void)d.loader.release();
  return d.diags.hasErrors() ? 1 : 0;
}

int Driver::emit(const std::vector<std::string> &inputs) {
  Impl &d = *impl_;
  if (!d.load(inputs))
    return d.loadFailureStatus();
  if (!d.opts.output.empty()) {
    std::vector<Impl::Unit> units;
    if (!d.emitAll(d.opts.output, units))
      return 1;
    for (const auto &u : units)
      if (!u.exportHeader.name.empty() &&
          !writeIfChanged(fs::path(d.opts.output) / u.exportHeader.name, u.exportHeader.text)) {
        fail("cannot write " + (fs::path(d.opts.output) / u.exportHeader.name).string());
        return 1;
      }
    // The depfile's target: the main package's source file.
    std::string target;
    for (const auto &u : units)
      if (u.pkg == d.mainPkg)
        target = u.source;
    return d.writeDepfile(target, units) ? 0 : 1;
  }
  if (!d.opts.depfile.empty()) {
    std::cerr << "gocxx: --depfile needs -o DIR\n";
    return 2;
  }
  // No -o: print the main package's header and source to stdout, with the
  // escape tags of what it imports, as a build would have them.
  codegen::EmitOptions eo = d.emitOptions();
  codegen::EscapeTags tags;
  eo.escapeTags = &tags;
  for (types::Package *pkg : d.loader->packages()) {
    if (pkg == d.mainPkg || pkg->path == "unsafe")
      continue;
    if (pkg->declsOnly)
      readHeaderEscapeTags(d.incDir + "/" + codegen::headerFileName(*pkg), tags);
    else
      codegen::emitPackage(*pkg, d.loader->info(), d.fset, eo);
  }
  auto out = codegen::emitPackage(*d.mainPkg, d.loader->info(), d.fset, eo);
  if (!out.errors.empty()) {
    std::cerr << out.errors;
    return 1;
  }
  std::cout << "// " << out.header.name << "\n" << out.header.text;
  std::cout << "// " << out.source.name << "\n" << out.source.text;
  if (!out.exportHeader.name.empty())
    std::cout << "// " << out.exportHeader.name << "\n" << out.exportHeader.text;
  return 0;
}

// PATTERN/... : every package below (build and cache), and with -o DIR/
// each command's executable in DIR (defined with gocxx test's patterns).
int buildPattern(const DriverOptions &opts, const std::string &pattern);

int Driver::build(const std::vector<std::string> &inputs) {
  Impl &d = *impl_;
  if (inputs.size() == 1 &&
      (inputs[0] == "..." ||
       (inputs[0].size() > 4 && inputs[0].compare(inputs[0].size() - 4, 4, "/...") == 0)))
    return buildPattern(d.opts, inputs[0]);
  if (!d.load(inputs, true))
    return d.loadFailureStatus();
  std::string output = d.opts.output;
  if (output.empty()) {
    fs::path in = fs::absolute(inputs[0]).lexically_normal();
    output = fs::is_directory(in) ? in.filename().string() : in.stem().string();
    if (output.empty())
      output = in.parent_path().filename().string();
  }
  if (d.opts.archive) {
    if (d.opts.output.empty())
      output = "lib" + d.mainPkg->name + ".a";
    return d.buildArchive(output) ? 0 : 1;
  }
  return d.buildExecutable(output) ? 0 : 1;
}

int Driver::run(const std::vector<std::string> &inputs) {
  Impl &d = *impl_;
  if (!d.load(inputs, true))
    return d.loadFailureStatus();
  if (!d.makeWorkDir())
    return 1;
  std::string exe = d.workDir + "/prog";
  if (!d.buildExecutable(exe, true))
    return 1;
  d.step("run " + exe);
  std::cout.flush();
  pid_t pid = fork();
  if (pid < 0) {
    fail("fork: " + std::string(std::strerror(errno)));
    return 1;
  }
  if (pid == 0) {
    std::vector<char *> argv;
    argv.push_back(const_cast<char *>(exe.c_str()));
    for (auto &a : d.opts.programArgs)
      argv.push_back(const_cast<char *>(a.c_str()));
    argv.push_back(nullptr);
    execv(exe.c_str(), argv.data());
    std::fprintf(stderr, "gocxx: exec %s: %s\n", exe.c_str(), std::strerror(errno));
    _exit(127);
  }
  // The program owns the terminal's signals while it runs.
  std::signal(SIGINT, SIG_IGN);
  std::signal(SIGQUIT, SIG_IGN);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFEXITED(status))
    return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) {
    int sig = WTERMSIG(status);
    std::fprintf(stderr, "signal: %s\n", strsignal(sig));
    return 128 + sig;
  }
  return 1;
}

namespace {

// A package that gocxx test tests.
struct TestTarget {
  std::string dir;        // its directory
  std::string importPath; // as go test prints it
};

// An absolute directory path without a trailing slash ("./" is the dir).
std::string normalDir(const std::string &dir) {
  std::string d = fs::absolute(dir).lexically_normal().string();
  while (d.size() > 1 && d.back() == '/')
    d.pop_back();
  return d;
}

bool hasGoFiles(const std::string &dir) {
  return !listPackageFiles(dir).empty() || !listTestFiles(dir).empty();
}

// The import path of the package in dir: in GOROOT, or in the main module.
bool importPathOf(const std::string &dir, std::string &path) {
  fs::path abs = normalDir(dir);
  std::string goroot = types::kGorootSrc;
  std::string a = abs.string();
  if (a.compare(0, goroot.size() + 1, goroot + "/") == 0) {
    path = a.substr(goroot.size() + 1);
    return true;
  }
  std::string root, module;
  if (!types::findModule(a, root, module)) {
    fail("go.mod file not found in " + a + " or any parent directory");
    return false;
  }
  std::string rel = abs.lexically_relative(root).string();
  path = rel == "." ? module : module + "/" + rel;
  return true;
}

// go test's package patterns: DIR, IMPORTPATH, and DIR/... or PATH/...
// (every package below, without testdata, vendor, _ and . directories, or
// nested modules).
bool resolveTestTargets(const std::vector<std::string> &patterns, std::vector<TestTarget> &out) {
  std::string root, module;
  bool inModule = types::findModule(fs::current_path().string(), root, module);
  auto dirOfPath = [&](const std::string &path, std::string &dir) {
    std::error_code ec;
    std::string std = std::string(types::kGorootSrc) + "/" + path;
    if (fs::is_directory(std, ec)) {
      dir = std;
      return true;
    }
    if (inModule && (path == module || path.compare(0, module.size() + 1, module + "/") == 0)) {
      dir = root + path.substr(module.size());
      return true;
    }
    fail("package " + path + " is not in GOROOT (" + std + ")");
    return false;
  };
  for (const std::string &p : patterns.empty() ? std::vector<std::string>{"."} : patterns) {
    bool isDir = p[0] == '.' || p[0] == '/';
    bool all = p == "..." || (p.size() > 4 && p.compare(p.size() - 4, 4, "/...") == 0);
    std::string base = all ? (p == "..." ? "." : p.substr(0, p.size() - 4)) : p;
    std::string dir = base;
    if (!isDir && !dirOfPath(base, dir))
      return false;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
      fail("directory " + dir + " does not exist");
      return false;
    }
    std::vector<std::string> dirs;
    if (!all) {
      dirs.push_back(dir);
    } else {
      if (hasGoFiles(dir))
        dirs.push_back(dir);
      for (auto it = fs::recursive_directory_iterator(dir, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (!it->is_directory(ec))
          continue;
        std::string name = it->path().filename().string();
        if (name == "testdata" || name == "vendor" || name[0] == '.' || name[0] == '_' ||
            fs::exists(it->path() / "go.mod", ec)) {
          it.disable_recursion_pending();
          continue;
        }
        if (hasGoFiles(it->path().string()))
          dirs.push_back(it->path().string());
      }
      std::sort(dirs.begin() + (dirs.empty() || dirs[0] != dir ? 0 : 1), dirs.end());
    }
    for (const auto &d : dirs) {
      TestTarget t;
      t.dir = normalDir(d);
      if (!importPathOf(t.dir, t.importPath))
        return false;
      out.push_back(t);
    }
  }
  return true;
}

// The package clause of the first of files, or "".
std::string packageClause(const std::vector<std::string> &files) {
  for (const auto &name : files) {
    FileSet fset;
    DiagnosticEngine diags(fset);
    ast::Context ctx;
    std::ifstream in(name, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    ParseMode mode;
    mode.packageClauseOnly = true;
    ast::File *f = parseFile(ctx, fset, fset.addFile(name, buf.str()), diags, mode);
    if (f->name && f->name->name != "_")
      return std::string(f->name->name);
  }
  return "";
}

std::string seconds(std::chrono::steady_clock::duration d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3fs", std::chrono::duration<double>(d).count());
  return buf;
}

} // namespace

int buildPattern(const DriverOptions &opts, const std::string &pattern) {
  std::vector<TestTarget> targets;
  if (!resolveTestTargets({pattern}, targets))
    return 1;
  // As go build: several packages are built to be checked and cached; only
  // -o naming a directory keeps their executables.
  std::string outDir = opts.output;
  std::error_code ec;
  if (!outDir.empty() && outDir.back() != '/' && !fs::is_directory(outDir, ec)) {
    fail("-o " + outDir + ": with several packages, -o must name a directory (end it with /)");
    return 2;
  }
  if (opts.archive) {
    fail("-buildmode=c-archive builds one package, not " + pattern);
    return 2;
  }
  int status = 0;
  for (const TestTarget &t : targets) {
    DriverOptions o = opts;
    o.depfile.clear();
    Driver one(o);
    Driver::Impl &d = *one.impl_;
    if (opts.verbose)
      std::fprintf(stderr, "%s\n", t.importPath.c_str());
    if (!d.load({t.dir}, true)) {
      status = 1;
      continue;
    }
    bool ok;
    if (d.mainPkg->name == "main" && !outDir.empty()) {
      fs::create_directories(outDir, ec);
      ok = d.buildExecutable((fs::path(outDir) / fs::path(t.dir).filename()).string());
    } else {
      std::vector<Driver::Impl::Unit> units;
      std::vector<std::string> objects;
      CxxOptions cxx;
      ok = d.buildObjects(units, objects, cxx);
    }
    if (!ok)
      status = 1;
  }
  return status;
}

// gocxx test, as go test: in local directory mode (no packages named) the
// test binary's output streams and a failing one's exit status is shown;
// with packages named, a package's output is shown only with -v or when it
// failed, and a last FAIL line ends a run with failures.
int Driver::test(const std::vector<std::string> &patterns) {
  const DriverOptions &opts = impl_->opts;
  bool local = patterns.empty();
  std::vector<TestTarget> targets;
  if (!resolveTestTargets(patterns, targets))
    return 1;
  bool failed = false;
  for (const TestTarget &t : targets) {
    std::cout.flush();
    std::vector<std::string> own = listPackageFiles(t.dir), tests = listTestFiles(t.dir);
    if (tests.empty()) {
      std::printf("?   \t%s\t[no test files]\n", t.importPath.c_str());
      continue;
    }
    std::string name = packageClause(own);
    if (name.empty()) { // only test files: the package is named by them
      name = packageClause(tests);
      if (name.size() > 5 && name.compare(name.size() - 5, 5, "_test") == 0)
        name = name.substr(0, name.size() - 5);
    }
    TestScan scan;
    std::vector<std::string> errors;
    scanTests(tests, name, scan, errors);
    if (!errors.empty()) {
      std::fprintf(stderr, "# %s\n", t.importPath.c_str());
      for (const auto &e : errors)
        std::fprintf(stderr, "%s\n", e.c_str());
      std::printf("FAIL\t%s [setup failed]\n", t.importPath.c_str());
      failed = true;
      continue;
    }
    std::error_code ec;
    if (fs::is_directory(std::string(types::kGorootSrc) + "/" + t.importPath, ec)) {
      // A std package under test is this build's own, and so is every std
      // package importing it that the cache lacks: first the cache gets the
      // package and testing as they are, so that only the package itself is.
      Impl warm(opts);
      std::string warmMain = "package main\n\nimport (\n\t_ \"testing\"\n\t_ \"" + t.importPath +
                             "\"\n)\n\nfunc main() {}\n";
      bool ok = warm.makeWorkDir() && writeFile(fs::path(warm.workDir) / "warm.go", warmMain) &&
                warm.load({(fs::path(warm.workDir) / "warm.go").string()}, true) &&
                warm.buildExecutable(warm.workDir + "/warm");
      if (!ok) {
        std::printf("FAIL\t%s [build failed]\n", t.importPath.c_str());
        failed = true;
        continue;
      }
    }
    Impl d(opts);
    d.testPath = t.importPath;
    d.testFiles = scan.testFiles;
    d.xtestFiles = scan.xtestFiles;
    d.moduleDir = t.dir;
    std::string exe;
    bool built =
        d.makeWorkDir() &&
        writeFile(fs::path(d.workDir) / "_testmain.go", testMainSource(t.importPath, scan)) &&
        d.load({(fs::path(d.workDir) / "_testmain.go").string()}, true) &&
        d.buildExecutable(exe = d.workDir + "/" + name + ".test");
    if (!built) {
      std::printf("FAIL\t%s [build failed]\n", t.importPath.c_str());
      failed = true;
      continue;
    }
    // Run in the package's directory, stdout and stderr as one stream:
    // streamed (local directory mode, -v, benchmarks, -list), or kept to be
    // shown only if the package fails.
    bool capture = !local && !opts.testVerbose && !opts.testStream;
    int pipefd[2] = {-1, -1};
    if (pipe(pipefd) != 0) {
      fail("pipe: " + std::string(std::strerror(errno)));
      return 1;
    }
    std::vector<std::string> args = {exe, "-test.timeout=10m0s"};
    args.insert(args.end(), opts.testArgs.begin(), opts.testArgs.end());
    auto start = std::chrono::steady_clock::now();
    std::fflush(stdout);
    pid_t pid = fork();
    if (pid < 0) {
      fail("fork: " + std::string(std::strerror(errno)));
      return 1;
    }
    if (pid == 0) {
      dup2(pipefd[1], 1);
      dup2(pipefd[1], 2);
      close(pipefd[0]);
      close(pipefd[1]);
      if (chdir(t.dir.c_str()) != 0)
        _exit(127);
      std::vector<char *> argv;
      for (auto &a : args)
        argv.push_back(const_cast<char *>(a.c_str()));
      argv.push_back(nullptr);
      execv(exe.c_str(), argv.data());
      _exit(127);
    }
    std::string output;
    close(pipefd[1]);
    char buf[65536];
    for (ssize_t n; (n = read(pipefd[0], buf, sizeof buf)) != 0;) {
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        break;
      output.append(buf, size_t(n));
      if (!capture) {
        std::fwrite(buf, 1, size_t(n), stdout);
        std::fflush(stdout);
      }
    }
    close(pipefd[0]);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    std::string elapsed = seconds(std::chrono::steady_clock::now() - start);
    bool ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    if (!ok && capture)
      std::fwrite(output.data(), 1, output.size(), stdout);
    if (ok) {
      const std::string noTests = "testing: warning: no tests to run\n";
      bool none = output.compare(0, noTests.size(), noTests) == 0 ||
                  output.find("\n" + noTests) != std::string::npos;
      std::printf("ok  \t%s\t%s%s\n", t.importPath.c_str(), elapsed.c_str(),
                  none ? " [no tests to run]" : "");
      continue;
    }
    failed = true;
    if (local) {
      if (WIFEXITED(status))
        std::printf("exit status %d\n", WEXITSTATUS(status));
      else if (WIFSIGNALED(status))
        std::printf("signal: %s\n", strsignal(WTERMSIG(status)));
    }
    std::printf("FAIL\t%s\t%s\n", t.importPath.c_str(), elapsed.c_str());
  }
  if (failed && !local)
    std::printf("FAIL\n");
  std::fflush(stdout);
  return failed ? 1 : 0;
}

} // namespace gocxx::tools
