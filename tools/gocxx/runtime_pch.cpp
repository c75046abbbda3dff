// The runtime PCH cache (see runtime_pch.h).
//
// Where: the cache directory of cache_dir.h.
// Which: one file per key, the key being a hash of Clang's full version, the
// language flags (-std, -O, -g, -I ...: a PCH is rejected or, worse,
// silently wrong for other flags), and the path, size, mtime and contents of
// every file under <includeDir>/gocxx. Contents alone would do, mtimes are
// there too because Clang itself checks the size and mtime of a PCH's inputs
// and refuses a PCH whose inputs were touched; keying on them means a touched
// header gets a new PCH instead of a refusal on every compile.
//
// Concurrency: gocxx processes run side by side (the tests run two at a
// time). A PCH is built into a temporary file unique to this process in the
// cache directory and renamed into place, so a reader sees either no file or
// a whole one. Two processes that miss at the same moment both build and
// the last rename wins; both results are identical, and a lock would only
// make the second wait as long as building takes. Nothing else is shared.
//
// Size: each PCH is ~10 MB and every edit of a runtime header makes a new
// key, so a use refreshes the file's mtime (at most hourly, to keep a write
// off the common path) and each build removes the cache's files unused for
// a week, among them temporaries of processes that were killed.
#include "runtime_pch.h"

#include "cache_dir.h"

#include <llvm/Support/xxhash.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace gocxx::tools {

// Hashes what a PCH of the runtime header depends on; see the file comment.
uint64_t runtimeKey(const CxxOptions &opts, const std::string &includeDir) {
  fs::path headerRoot = fs::path(includeDir) / "gocxx";
  std::string text = clangVersion() + "\n";
  for (const auto &flag : cxxLanguageFlags(opts))
    text += flag + "\n";
  std::vector<fs::path> files;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(headerRoot, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
    if (it->is_regular_file(ec))
      files.push_back(it->path());
  // Directory order is arbitrary; the key must not be.
  std::sort(files.begin(), files.end());
  for (const auto &file : files) {
    struct stat st;
    if (stat(file.c_str(), &st) != 0)
      continue;
    std::ifstream in(file, std::ios::binary);
    std::stringstream contents;
    contents << in.rdbuf();
    text += file.string() + "\n" + std::to_string(st.st_size) + " " +
            std::to_string(st.st_mtim.tv_sec) + "." + std::to_string(st.st_mtim.tv_nsec) + "\n" +
            contents.str() + "\n";
  }
  return llvm::xxh3_64bits(text);
}

namespace {

constexpr auto kRefreshAfter = std::chrono::hours(1);
constexpr auto kUnusedFor = std::chrono::hours(24 * 7);

// Marks `pch` as used; see "Size" above.
void touch(const std::string &pch) {
  std::error_code ec;
  auto now = fs::file_time_type::clock::now();
  auto mtime = fs::last_write_time(pch, ec);
  if (!ec && now - mtime > kRefreshAfter)
    fs::last_write_time(pch, now, ec);
}

// Removes the cache's runtime-* files unused for a week.
void prune(const std::string &dir) {
  std::error_code ec;
  auto now = fs::file_time_type::clock::now();
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator();
       it.increment(ec)) {
    std::error_code fileEc;
    if (it->path().filename().string().rfind("runtime-", 0) != 0)
      continue;
    auto mtime = it->last_write_time(fileEc);
    if (!fileEc && now - mtime > kUnusedFor)
      fs::remove(it->path(), fileEc);
  }
}

} // namespace

std::string precompiledRuntime(const CxxOptions &opts, const std::string &includeDir,
                               std::string &why) {
  if (!opts.externalCxx.empty()) {
    // A PCH is private to the compiler that wrote it (g++ cannot read
    // Clang's, another Clang rejects it), and we cannot cheaply tell what
    // compiler PATH is; the external path is for checking, not for speed.
    why = "--cxx compiles without a precompiled header";
    return "";
  }
  fs::path header = fs::path(includeDir) / "gocxx" / "runtime.h";
  std::error_code ec;
  if (!fs::exists(header, ec)) {
    why = header.string() + " not found";
    return "";
  }
  std::string dir = cacheDir(why);
  if (dir.empty())
    return "";
  std::string pch = dir + "/runtime-O" + std::to_string(opts.optLevel) + "-" +
                    hexKey(runtimeKey(opts, includeDir)) + ".pch";
  if (fs::exists(pch, ec)) {
    touch(pch);
    return pch;
  }
  prune(dir);

  // Unique to this process: pid, plus randomness in case a dead process of
  // the same pid left its file behind.
  std::string tmp = pch + ".tmp." + std::to_string(getpid()) + "." + hexKey(std::random_device{}());
  std::string errors;
  if (!precompileHeader(opts, header.string(), tmp, errors)) {
    fs::remove(tmp, ec);
    auto eol = errors.find('\n');
    why = "building " + pch + " failed: " + errors.substr(0, eol);
    return "";
  }
  if (std::rename(tmp.c_str(), pch.c_str()) != 0) {
    why = "cannot rename " + tmp + ": " + std::strerror(errno);
    fs::remove(tmp, ec);
    return "";
  }
  return pch;
}

std::string precompiledStd(const CxxOptions &opts, const std::string &incDir, std::string &why) {
  if (!opts.externalCxx.empty()) {
    why = "--cxx compiles without a precompiled header";
    return "";
  }
  std::error_code ec;
  if (incDir.empty() || !fs::exists(incDir + "/gopkg/fmt.h", ec)) {
    why = "package fmt is not compiled yet";
    return "";
  }
  std::string flags;
  for (const auto &f : cxxLanguageFlags(opts))
    flags += f + "\n";
  std::string pch = incDir + "/std-" + hexKey(llvm::xxh3_64bits(flags)) + ".pch";
  if (fs::exists(pch, ec))
    return pch;
  std::string header = incDir + "/std_pch.h";
  if (!fs::exists(header, ec)) {
    std::string tmp = header + ".tmp." + std::to_string(getpid());
    {
      std::ofstream out(tmp);
      out << "// The headers the std PCH holds.\n#include <gocxx/runtime.h>\n"
             "#include \"gopkg/fmt.h\"\n";
    }
    std::rename(tmp.c_str(), header.c_str());
  }
  CxxOptions o = opts;
  o.includeDirs.push_back(incDir);
  std::string tmp = pch + ".tmp." + std::to_string(getpid()) + "." + hexKey(std::random_device{}());
  std::string errors;
  if (!precompileHeader(o, header, tmp, errors)) {
    fs::remove(tmp, ec);
    why = "building " + pch + " failed: " + errors.substr(0, errors.find('\n'));
    return "";
  }
  if (std::rename(tmp.c_str(), pch.c_str()) != 0) {
    why = "cannot rename " + tmp + ": " + std::strerror(errno);
    fs::remove(tmp, ec);
    return "";
  }
  return pch;
}

void discardPrecompiledRuntime(const std::string &pch) {
  std::error_code ec;
  fs::remove(pch, ec);
}

} // namespace gocxx::tools
