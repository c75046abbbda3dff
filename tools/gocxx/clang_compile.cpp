// In-process Clang. A clang::driver::Driver, given the path of the installed
// clang++ so that it finds Clang's resource directory, turns an ordinary
// command line into a cc1 job; the job's arguments become a
// CompilerInvocation that a CompilerInstance runs with EmitObjAction (or
// GeneratePCHAction for a header), all in this process (no fork/exec of
// clang). Linking goes through a second driver
// compilation, which runs lld as the system linker would. Measured costs are
// in shared/notes/clang-in-process.md. This file builds with -fno-rtti, as
// LLVM does.
#include "clang_compile.h"

#include <clang/Basic/Diagnostic.h>
#include <clang/Basic/DiagnosticOptions.h>
#include <clang/Basic/Version.h>
#include <clang/CodeGen/CodeGenAction.h>
#include <clang/Driver/Compilation.h>
#include <clang/Driver/Driver.h>
#include <clang/Driver/Job.h>
#include <clang/Frontend/CompilerInstance.h>
#include <clang/Frontend/CompilerInvocation.h>
#include <clang/Frontend/FrontendActions.h>
#include <clang/Frontend/TextDiagnosticPrinter.h>
#include <llvm/ADT/SmallVector.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/Program.h>
#include <llvm/Support/TargetSelect.h>
#include <llvm/Support/raw_ostream.h>
#include <llvm/TargetParser/Host.h>

#include <cstdio>
#include <mutex>

namespace gocxx::tools {
namespace {

// Where the installed Clang lives; the driver derives the resource directory
// (builtin headers, compiler-rt) from it.
constexpr const char *kClangPath = GOCXX_CLANG_PATH;

std::vector<std::string> compileArgs(const CxxOptions &opts, const std::string &source,
                                     const std::string &object) {
  std::vector<std::string> args = {"clang++"};
  auto flags = cxxLanguageFlags(opts);
  args.insert(args.end(), flags.begin(), flags.end());
  // -include-pch stands for the `#include <gocxx/runtime.h>` that every
  // emitted file starts with; the header's #pragma once then makes that
  // include free.
  for (const auto &dir : opts.unitIncludeDirs)
    args.push_back("-I" + dir);
  if (!opts.pch.empty())
    args.insert(args.end(), {"-include-pch", opts.pch});
  args.insert(args.end(), {"-c", source, "-o", object});
  return args;
}

std::vector<std::string> linkArgs(const CxxOptions &opts, const std::vector<std::string> &objects,
                                  const std::string &output) {
  std::vector<std::string> args = {"clang++", "-fuse-ld=lld", "-o", output};
  args.insert(args.end(), objects.begin(), objects.end());
  if (!opts.sanitize.empty())
    args.push_back("-fsanitize=" + opts.sanitize);
  for (const auto &dir : opts.libDirs)
    args.push_back("-L" + dir);
  for (const auto &lib : opts.libs)
    args.push_back("-l" + lib);
  args.push_back("-pthread");
  return args;
}

std::vector<const char *> cstrs(const std::vector<std::string> &args) {
  std::vector<const char *> out;
  for (const auto &a : args)
    out.push_back(a.c_str());
  return out;
}

void echo(const CxxOptions &opts, const std::vector<std::string> &args) {
  if (!opts.verbose)
    return;
  std::string line = "gocxx:";
  for (const auto &a : args)
    line += " " + a;
  std::fprintf(stderr, "%s\n", line.c_str());
}

// Runs an external compiler with `args` (args[0] replaced by the program).
bool runExternal(const std::string &program, std::vector<std::string> args, std::string &errors) {
  args[0] = program;
  std::vector<llvm::StringRef> refs(args.begin(), args.end());
  std::string message;
  int rc = llvm::sys::ExecuteAndWait(program, refs, std::nullopt, {}, 0, 0, &message);
  if (rc != 0) {
    // One line, ended like Clang's own diagnostics, so that the driver's
    // message after it starts a line of its own.
    errors =
        (message.empty() ? program + " exited with status " + std::to_string(rc) : message) + "\n";
    return false;
  }
  return true;
}

// Prints diagnostics as Clang does and notes whether one of them was an
// error about an AST file, i.e. the PCH given with -include-pch was refused.
class Printer : public clang::TextDiagnosticPrinter {
public:
  using clang::TextDiagnosticPrinter::TextDiagnosticPrinter;
  bool astFileError = false;

  void HandleDiagnostic(clang::DiagnosticsEngine::Level level,
                        const clang::Diagnostic &info) override {
    unsigned id = info.getID();
    if (level >= clang::DiagnosticsEngine::Error && id >= clang::diag::DIAG_START_SERIALIZATION &&
        id < clang::diag::DIAG_START_LEX)
      astFileError = true;
    clang::TextDiagnosticPrinter::HandleDiagnostic(level, info);
  }
};

struct DiagSink {
  std::string text;
  llvm::raw_string_ostream os{text};
  llvm::IntrusiveRefCntPtr<clang::DiagnosticOptions> options{new clang::DiagnosticOptions()};
  Printer *printer = new Printer(os, options.get());
  clang::DiagnosticsEngine engine{
      llvm::IntrusiveRefCntPtr<clang::DiagnosticIDs>(new clang::DiagnosticIDs()), options.get(),
      printer};
};

void initTargets() {
  static std::once_flag once;
  std::call_once(once, [] {
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
    llvm::InitializeNativeTargetAsmParser();
  });
}

// Runs the single cc1 job that the driver makes of `args` in this process:
// an object file for a source, a PCH for `-x c++-header`. `astFileError`
// tells whether a failure was Clang refusing an AST file (a PCH).
bool runCc1(const std::vector<std::string> &args, std::string &errors, bool &astFileError) {
  initTargets();
  DiagSink diags;
  clang::driver::Driver driver(kClangPath, llvm::sys::getDefaultTargetTriple(), diags.engine);
  auto argv = cstrs(args);
  std::unique_ptr<clang::driver::Compilation> compilation(driver.BuildCompilation(argv));
  if (!compilation || diags.engine.hasErrorOccurred()) {
    errors = diags.os.str();
    return false;
  }
  const clang::driver::JobList &jobs = compilation->getJobs();
  if (jobs.size() != 1 || !llvm::isa<clang::driver::Command>(*jobs.begin())) {
    errors = "unexpected clang driver job list";
    return false;
  }
  const auto &cc1 = llvm::cast<clang::driver::Command>(*jobs.begin());
  auto invocation = std::make_shared<clang::CompilerInvocation>();
  if (!clang::CompilerInvocation::CreateFromArgs(*invocation, cc1.getArguments(), diags.engine)) {
    errors = diags.os.str();
    return false;
  }
  bool pch = invocation->getFrontendOpts().ProgramAction == clang::frontend::GeneratePCH;
  clang::CompilerInstance instance;
  instance.setInvocation(std::move(invocation));
  instance.createDiagnostics(diags.printer, /*ShouldOwnClient=*/false);
  // "N errors generated." goes with the diagnostics, not straight to stderr:
  // a refused PCH is retried without a word unless -v.
  instance.setVerboseOutputStream(diags.os);
  std::unique_ptr<clang::FrontendAction> action;
  if (pch)
    action = std::make_unique<clang::GeneratePCHAction>();
  else
    action = std::make_unique<clang::EmitObjAction>();
  bool ok = instance.ExecuteAction(*action) && !instance.getDiagnostics().hasErrorOccurred();
  if (!ok) {
    errors = diags.os.str();
    if (errors.empty())
      errors = "clang failed without a diagnostic";
    astFileError = diags.printer->astFileError;
  }
  return ok;
}

} // namespace

std::vector<std::string> cxxLanguageFlags(const CxxOptions &opts) {
  std::vector<std::string> flags = {"-std=c++20", "-O" + std::to_string(opts.optLevel), "-fwrapv",
                                    "-fno-strict-aliasing", "-w"};
  // Goroutine traces: line tables map return addresses to the Go lines of
  // the #line directives, and panics record their stacks by frame
  // pointers (runtime/lib/traceback.cpp).
  flags.push_back(opts.optLevel == 0 ? "-g" : "-gline-tables-only");
  flags.push_back("-fno-omit-frame-pointer");
  // Go files keep their absolute paths in the line tables (Clang would
  // write those below its working directory relative to it, and the
  // binary's reader does not join them back).
  flags.push_back("-fdebug-compilation-dir=/nonexistent/gocxx");
  // A frame larger than a page touches its pages in order, so it meets the
  // guard page below a goroutine stack instead of writing past it into
  // another stack.
  flags.push_back("-fstack-clash-protection");
  // Go promises no forward progress: a loop or a recursion without side
  // effects runs until it ends or the stack overflows. C++ lets Clang assume
  // every loop and call returns (mustprogress), so `func f(n int) int
  // { return f(n+1) + 1 }` would compile to nothing at all; without it, and
  // without tail calls (which turn that recursion into a loop), Go's
  // "fatal error: stack overflow" holds at every -O level. Tail calls would
  // also drop frames from goroutine traces.
  flags.push_back("-fno-finite-loops");
  // Go's math has no errno: sqrt is one instruction, not one and a call.
  flags.push_back("-fno-math-errno");
  flags.push_back("-fno-optimize-sibling-calls");
  if (!opts.sanitize.empty()) {
    // Any report ends the program, so a run with findings cannot pass.
    flags.push_back("-fsanitize=" + opts.sanitize);
    flags.push_back("-fno-sanitize-recover=all");
    // Frames on ASan's "fake stacks" are invisible to the collector (see
    // runtime/CMakeLists.txt), so every frame stays on the goroutine stack.
    if (opts.sanitize.find("address") != std::string::npos)
      flags.push_back("-fsanitize-address-use-after-return=never");
  }
  for (const auto &dir : opts.includeDirs)
    flags.push_back("-I" + dir);
  return flags;
}

std::string clangVersion() { return clang::getClangFullVersion(); }

bool compileCxx(const CxxOptions &opts, const std::string &source, const std::string &object,
                std::string &errors, bool *pchRefused) {
  auto args = compileArgs(opts, source, object);
  echo(opts, args);
  if (!opts.externalCxx.empty())
    return runExternal(opts.externalCxx, args, errors);
  bool astFileError = false;
  bool ok = runCc1(args, errors, astFileError);
  // The driver, not cc1, reports a PCH that vanished; its message names it.
  if (!ok && pchRefused && !opts.pch.empty())
    *pchRefused = astFileError || errors.find(opts.pch) != std::string::npos;
  return ok;
}

bool precompileHeader(const CxxOptions &opts, const std::string &header, const std::string &pch,
                      std::string &errors) {
  std::vector<std::string> args = {"clang++"};
  auto flags = cxxLanguageFlags(opts);
  args.insert(args.end(), flags.begin(), flags.end());
  args.insert(args.end(), {"-fpch-instantiate-templates", "-x", "c++-header", header, "-o", pch});
  echo(opts, args);
  bool astFileError = false;
  return runCc1(args, errors, astFileError);
}

bool linkExecutable(const CxxOptions &opts, const std::vector<std::string> &objects,
                    const std::string &output, std::string &errors) {
  auto args = linkArgs(opts, objects, output);
  echo(opts, args);
  if (!opts.externalCxx.empty())
    return runExternal(opts.externalCxx, args, errors);

  DiagSink diags;
  clang::driver::Driver driver(kClangPath, llvm::sys::getDefaultTargetTriple(), diags.engine);
  auto argv = cstrs(args);
  std::unique_ptr<clang::driver::Compilation> compilation(driver.BuildCompilation(argv));
  if (!compilation || diags.engine.hasErrorOccurred()) {
    errors = diags.os.str();
    return false;
  }
  llvm::SmallVector<std::pair<int, const clang::driver::Command *>, 4> failing;
  int rc = driver.ExecuteCompilation(*compilation, failing);
  if (rc != 0 || !failing.empty()) {
    errors = diags.os.str();
    if (errors.empty())
      errors = "link failed";
    return false;
  }
  return true;
}

bool makeArchive(const std::vector<std::string> &objects, const std::vector<std::string> &libs,
                 const std::string &output, const std::string &script, bool verbose,
                 std::string &errors) {
  // llvm-ar of the same LLVM as the in-process Clang, beside its clang++.
  std::string ar = llvm::sys::path::parent_path(kClangPath).str() + "/llvm-ar";
  std::string text = "CREATE " + output + "\n";
  for (const auto &lib : libs)
    text += "ADDLIB " + lib + "\n";
  for (const auto &obj : objects)
    text += "ADDMOD " + obj + "\n";
  text += "SAVE\nEND\n";
  std::error_code ec;
  llvm::raw_fd_ostream out(script, ec);
  if (ec) {
    errors = "cannot write " + script + ": " + ec.message() + "\n";
    return false;
  }
  out << text;
  out.close();
  if (verbose)
    std::fprintf(stderr, "gocxx: %s -M < %s\n", ar.c_str(), script.c_str());
  llvm::sys::fs::remove(output); // CREATE would add to an older archive's members
  std::optional<llvm::StringRef> redirects[] = {llvm::StringRef(script), std::nullopt,
                                                std::nullopt};
  std::vector<llvm::StringRef> args = {ar, "-M"};
  std::string message;
  int rc = llvm::sys::ExecuteAndWait(ar, args, std::nullopt, redirects, 0, 0, &message);
  if (rc != 0) {
    errors = (message.empty() ? ar + " exited with status " + std::to_string(rc) : message) + "\n";
    return false;
  }
  return true;
}

} // namespace gocxx::tools
