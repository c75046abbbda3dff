// In-process Clang. A clang::driver::Driver, given the path of the installed
// clang++ so that it finds Clang's resource directory, turns an ordinary
// command line into a cc1 job; the job's arguments become a
// CompilerInvocation that a CompilerInstance runs with EmitObjAction, all in
// this process (no fork/exec of clang). Linking goes through a second driver
// compilation, which runs lld as the system linker would. Measured costs are
// in shared/notes/clang-in-process.md. This file builds with -fno-rtti, as
// LLVM does.
#include "clang_compile.h"

#include <clang/Basic/Diagnostic.h>
#include <clang/Basic/DiagnosticOptions.h>
#include <clang/CodeGen/CodeGenAction.h>
#include <clang/Driver/Compilation.h>
#include <clang/Driver/Driver.h>
#include <clang/Driver/Job.h>
#include <clang/Frontend/CompilerInstance.h>
#include <clang/Frontend/CompilerInvocation.h>
#include <clang/Frontend/TextDiagnosticPrinter.h>
#include <llvm/ADT/SmallVector.h>
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
constexpr const char* kClangPath = GOCXX_CLANG_PATH;

std::vector<std::string> compileArgs(const CxxOptions& opts,
                                     const std::string& source,
                                     const std::string& object) {
  std::vector<std::string> args = {
      "clang++", "-std=c++20", "-O" + std::to_string(opts.optLevel),
      "-fwrapv", "-fno-strict-aliasing", "-w", "-c", source, "-o", object};
  if (opts.optLevel == 0) args.push_back("-g");
  for (const auto& dir : opts.includeDirs) args.push_back("-I" + dir);
  return args;
}

std::vector<std::string> linkArgs(const CxxOptions& opts,
                                  const std::vector<std::string>& objects,
                                  const std::string& output) {
  std::vector<std::string> args = {"clang++", "-fuse-ld=lld", "-o", output};
  args.insert(args.end(), objects.begin(), objects.end());
  for (const auto& dir : opts.libDirs) args.push_back("-L" + dir);
  for (const auto& lib : opts.libs) args.push_back("-l" + lib);
  args.push_back("-pthread");
  return args;
}

std::vector<const char*> cstrs(const std::vector<std::string>& args) {
  std::vector<const char*> out;
  for (const auto& a : args) out.push_back(a.c_str());
  return out;
}

void echo(const CxxOptions& opts, const std::vector<std::string>& args) {
  if (!opts.verbose) return;
  std::string line = "gocxx:";
  for (const auto& a : args) line += " " + a;
  std::fprintf(stderr, "%s\n", line.c_str());
}

// Runs an external compiler with `args` (args[0] replaced by the program).
bool runExternal(const std::string& program, std::vector<std::string> args,
                 std::string& errors) {
  args[0] = program;
  std::vector<llvm::StringRef> refs(args.begin(), args.end());
  std::string message;
  int rc = llvm::sys::ExecuteAndWait(program, refs, std::nullopt, {}, 0, 0,
                                     &message);
  if (rc != 0) {
    errors = message.empty() ? program + " exited with status " +
                                   std::to_string(rc)
                             : message;
    return false;
  }
  return true;
}

struct DiagSink {
  std::string text;
  llvm::raw_string_ostream os{text};
  llvm::IntrusiveRefCntPtr<clang::DiagnosticOptions> options{
      new clang::DiagnosticOptions()};
  clang::TextDiagnosticPrinter* printer =
      new clang::TextDiagnosticPrinter(os, options.get());
  clang::DiagnosticsEngine engine{
      llvm::IntrusiveRefCntPtr<clang::DiagnosticIDs>(new clang::DiagnosticIDs()),
      options.get(), printer};
};

void initTargets() {
  static std::once_flag once;
  std::call_once(once, [] {
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
    llvm::InitializeNativeTargetAsmParser();
  });
}

}  // namespace

bool compileCxx(const CxxOptions& opts, const std::string& source,
                const std::string& object, std::string& errors) {
  auto args = compileArgs(opts, source, object);
  echo(opts, args);
  if (!opts.externalCxx.empty()) return runExternal(opts.externalCxx, args, errors);

  initTargets();
  DiagSink diags;
  clang::driver::Driver driver(kClangPath, llvm::sys::getDefaultTargetTriple(),
                               diags.engine);
  auto argv = cstrs(args);
  std::unique_ptr<clang::driver::Compilation> compilation(
      driver.BuildCompilation(argv));
  if (!compilation || diags.engine.hasErrorOccurred()) {
    errors = diags.os.str();
    return false;
  }
  const clang::driver::JobList& jobs = compilation->getJobs();
  if (jobs.size() != 1 || !llvm::isa<clang::driver::Command>(*jobs.begin())) {
    errors = "unexpected clang driver job list";
    return false;
  }
  const auto& cc1 = llvm::cast<clang::driver::Command>(*jobs.begin());
  auto invocation = std::make_shared<clang::CompilerInvocation>();
  if (!clang::CompilerInvocation::CreateFromArgs(*invocation, cc1.getArguments(),
                                                 diags.engine)) {
    errors = diags.os.str();
    return false;
  }
  clang::CompilerInstance instance;
  instance.setInvocation(std::move(invocation));
  instance.createDiagnostics(diags.printer, /*ShouldOwnClient=*/false);
  clang::EmitObjAction action;
  bool ok = instance.ExecuteAction(action) &&
            !instance.getDiagnostics().hasErrorOccurred();
  if (!ok) errors = diags.os.str();
  return ok;
}

bool linkExecutable(const CxxOptions& opts,
                    const std::vector<std::string>& objects,
                    const std::string& output, std::string& errors) {
  auto args = linkArgs(opts, objects, output);
  echo(opts, args);
  if (!opts.externalCxx.empty()) return runExternal(opts.externalCxx, args, errors);

  DiagSink diags;
  clang::driver::Driver driver(kClangPath, llvm::sys::getDefaultTargetTriple(),
                               diags.engine);
  auto argv = cstrs(args);
  std::unique_ptr<clang::driver::Compilation> compilation(
      driver.BuildCompilation(argv));
  if (!compilation || diags.engine.hasErrorOccurred()) {
    errors = diags.os.str();
    return false;
  }
  llvm::SmallVector<std::pair<int, const clang::driver::Command*>, 4> failing;
  int rc = driver.ExecuteCompilation(*compilation, failing);
  if (rc != 0 || !failing.empty()) {
    errors = diags.os.str();
    if (errors.empty()) errors = "link failed";
    return false;
  }
  return true;
}

}  // namespace gocxx::tools
