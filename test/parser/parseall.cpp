// gocxx-parseall: parses every .go file under the given directories (or the
// given files) and prints counts -- files, lines, clean files, files with
// diagnostics, elapsed time, lines/s, peak RSS. It is the front end's
// robustness check (no crash, no hang on any input) and its speed
// benchmark (compare with parsebench.go, which runs go/parser on the same
// files).
//
//   gocxx-parseall [-v] [--errors] DIR|FILE...   statistics (-v: list files with diagnostics)
//   gocxx-parseall --dump FILE...                canonical AST dumps (see dump.h),
//                                                "ERROR" for files with syntax errors
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "gocxx/frontend/ast.h"
#include "gocxx/frontend/diagnostics.h"
#include "gocxx/frontend/dump.h"
#include "gocxx/frontend/parser.h"
#include "gocxx/frontend/source.h"

namespace fs = std::filesystem;

static bool readFile(const std::string &path, std::string &out) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

int main(int argc, char **argv) {
  bool dump = false, verbose = false, errors = false;
  std::vector<std::string> files;
  for (int i = 1; i < argc; i++) {
    std::string a = argv[i];
    if (a == "--dump") {
      dump = true;
    } else if (a == "-v") {
      verbose = true;
    } else if (a == "--errors") {
      errors = true;
    } else if (fs::is_directory(a)) {
      std::error_code ec;
      for (auto it = fs::recursive_directory_iterator(
               a, fs::directory_options::skip_permission_denied, ec);
           it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec)
          break;
        if (it->is_regular_file(ec) && it->path().extension() == ".go")
          files.push_back(it->path().string());
      }
    } else {
      files.push_back(a);
    }
  }
  std::sort(files.begin(), files.end());

  if (dump) {
    for (const std::string &path : files) {
      gocxx::FileSet fset;
      gocxx::DiagnosticEngine diags(fset);
      gocxx::ast::Context ctx;
      std::string content;
      std::cout << "== " << path << '\n';
      if (!readFile(path, content)) {
        std::cout << "ERROR\n";
        continue;
      }
      gocxx::SourceFile *sf = fset.addFile(path, std::move(content));
      gocxx::ast::File *f = gocxx::parseFile(ctx, fset, sf, diags);
      if (diags.hasErrors()) {
        std::cout << "ERROR\n";
        if (errors)
          diags.print(std::cerr);
        continue;
      }
      gocxx::dumpFile(f, fset, std::cout);
    }
    return 0;
  }

  size_t nfiles = 0, lines = 0, bytes = 0, clean = 0, withDiags = 0;
  double seconds = 0;
  for (const std::string &path : files) {
    std::string content;
    if (!readFile(path, content))
      continue;
    nfiles++;
    bytes += content.size();
    lines += static_cast<size_t>(std::count(content.begin(), content.end(), '\n'));
    gocxx::FileSet fset;
    gocxx::DiagnosticEngine diags(fset);
    gocxx::ast::Context ctx;
    auto t0 = std::chrono::steady_clock::now();
    gocxx::SourceFile *sf = fset.addFile(path, std::move(content));
    gocxx::parseFile(ctx, fset, sf, diags);
    auto t1 = std::chrono::steady_clock::now();
    seconds += std::chrono::duration<double>(t1 - t0).count();
    if (diags.hasErrors()) {
      withDiags++;
      if (verbose)
        std::cout << "diagnostics: " << path << '\n';
      if (errors)
        diags.print(std::cout);
    } else {
      clean++;
    }
  }
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  std::printf("files:            %zu\n", nfiles);
  std::printf("lines:            %zu\n", lines);
  std::printf("bytes:            %zu\n", bytes);
  std::printf("clean:            %zu\n", clean);
  std::printf("with diagnostics: %zu\n", withDiags);
  std::printf("parse time:       %.3f s\n", seconds);
  std::printf("lines/s:          %.0f\n", seconds > 0 ? lines / seconds : 0.0);
  std::printf("MB/s:             %.1f\n", seconds > 0 ? bytes / seconds / 1e6 : 0.0);
  std::printf("peak RSS:         %ld KiB\n", ru.ru_maxrss);
  return 0;
}
