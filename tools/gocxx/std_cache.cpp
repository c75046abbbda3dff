// The cache of compiled standard-library packages (see std_cache.h).
//
// Concurrency: gocxx processes run side by side (the tests run two at a
// time), and a standard package's compile takes seconds, so a miss takes the
// key's lock (flock on <key>.lock) before compiling; a second process
// missing the same key waits for it, then finds the object. Objects are
// written to a temporary file unique to the process and renamed into place,
// so a reader sees either no file or a whole one.
//
// Size: every change of the translation or the runtime headers makes new
// keys, so a use refreshes an object's mtime (at most hourly) and each store
// removes objects unused for a week, with the temporaries and locks of
// processes that were killed.
#include "std_cache.h"

#include <llvm/Support/xxhash.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cache_dir.h"

namespace fs = std::filesystem;

namespace gocxx::tools {
namespace {

constexpr auto kRefreshAfter = std::chrono::hours(1);
constexpr auto kUnusedFor = std::chrono::hours(24 * 7);

std::string readFile(const std::string &path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

} // namespace

StdObjectCache::StdObjectCache() {
  std::string base = cacheDir(why_);
  if (base.empty())
    return;
  std::error_code ec;
  fs::create_directories(base + "/std", ec);
  if (ec) {
    why_ = "cannot create " + base + "/std: " + ec.message();
    return;
  }
  dir_ = base + "/std";
}

uint64_t StdObjectCache::objectKey(uint64_t runtimeKey, const std::string &path,
                                   const std::string &header, const std::string &source,
                                   const std::vector<std::string> &nativeFiles,
                                   const std::vector<uint64_t> &importKeys) {
  std::string text = hexKey(runtimeKey) + "\n" + path + "\n";
  for (uint64_t k : importKeys)
    text += hexKey(k) + "\n";
  text += std::to_string(header.size()) + "\n" + header;
  text += std::to_string(source.size()) + "\n" + source;
  for (const auto &f : nativeFiles) {
    std::string contents = readFile(f);
    text += f + "\n" + std::to_string(contents.size()) + "\n" + contents;
  }
  return llvm::xxh3_64bits(text);
}

std::string StdObjectCache::path(uint64_t key) const { return dir_ + "/" + hexKey(key) + ".o"; }

namespace {
// Whether an ELF file is whole: its section header table, which comes last,
// lies inside it. A compile or copy that ran out of disk space can leave a
// file cut short; cached, it would break every later link. Files in other
// formats are taken as they are.
bool wholeObject(const std::string &path) {
  std::ifstream in(path, std::ios::binary);
  unsigned char h[64];
  if (!in.read(reinterpret_cast<char *>(h), sizeof h))
    return false;
  if (h[0] != 0x7f || h[1] != 'E' || h[2] != 'L' || h[3] != 'F' || h[4] != 2 || h[5] != 1)
    return true; // not a little-endian ELF64 file
  auto word = [&](int at, int bytes) {
    uint64_t v = 0;
    for (int i = bytes - 1; i >= 0; --i)
      v = v << 8 | h[at + i];
    return v;
  };
  uint64_t shoff = word(0x28, 8), shentsize = word(0x3a, 2), shnum = word(0x3c, 2);
  std::error_code ec;
  uint64_t size = fs::file_size(path, ec);
  return !ec && shoff + shentsize * shnum <= size;
}
} // namespace

std::string StdObjectCache::lookup(uint64_t key) {
  if (dir_.empty())
    return "";
  std::string p = path(key);
  std::error_code ec;
  if (!fs::exists(p, ec))
    return "";
  if (!wholeObject(p)) {
    fs::remove(p, ec); // compiled again, by this process or another
    return "";
  }
  auto now = fs::file_time_type::clock::now();
  auto mtime = fs::last_write_time(p, ec);
  if (!ec && now - mtime > kRefreshAfter)
    fs::last_write_time(p, now, ec);
  return p;
}

int StdObjectCache::lock(uint64_t key) {
  if (dir_.empty())
    return -1;
  std::string p = dir_ + "/" + hexKey(key) + ".lock";
  int fd = ::open(p.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0)
    return -1;
  while (flock(fd, LOCK_EX) != 0 && errno == EINTR) {
  }
  return fd;
}

void StdObjectCache::unlock(int fd) {
  if (fd < 0)
    return;
  flock(fd, LOCK_UN);
  ::close(fd);
}

std::string StdObjectCache::store(uint64_t key, const std::string &built) {
  if (dir_.empty())
    return built;
  prune();
  std::string p = path(key);
  std::string tmp = p + ".tmp." + std::to_string(getpid()) + "." + hexKey(std::random_device{}());
  std::error_code ec;
  if (!wholeObject(built))
    return built;
  fs::copy_file(built, tmp, fs::copy_options::overwrite_existing, ec);
  if (ec || !wholeObject(tmp) || std::rename(tmp.c_str(), p.c_str()) != 0) {
    fs::remove(tmp, ec);
    return built;
  }
  return p;
}

uint64_t StdObjectCache::buildKey(uint64_t runtimeKey, const std::string &flags,
                                  const std::vector<std::string> &sourceDirs) {
  // This gocxx binary (its size, modification time and inode) ...
  std::string text = hexKey(runtimeKey) + "\n" + flags + "\n";
  struct stat st;
  if (::stat("/proc/self/exe", &st) == 0)
    text += std::to_string(st.st_size) + " " + std::to_string(st.st_mtim.tv_sec) + "." +
            std::to_string(st.st_mtim.tv_nsec) + " " + std::to_string(st.st_ino) + "\n";
  // ... and the overlay and native sources it compiles with the standard
  // library's (which GOROOT's package makes read-only).
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto &dir : sourceDirs)
    for (auto it = fs::recursive_directory_iterator(dir, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
      if (it->is_regular_file(ec))
        files.push_back(it->path().string());
  std::sort(files.begin(), files.end());
  for (const auto &f : files)
    if (::stat(f.c_str(), &st) == 0)
      text += f + " " + std::to_string(st.st_size) + " " + std::to_string(st.st_mtim.tv_sec) + "." +
              std::to_string(st.st_mtim.tv_nsec) + "\n";
  return llvm::xxh3_64bits(text);
}

namespace {
std::string fastPath(const std::string &dir, uint64_t build, const std::string &path) {
  return dir + "/pkg-" + hexKey(llvm::xxh3_64bits(hexKey(build) + "\n" + path));
}
} // namespace

std::string StdObjectCache::includeDir(uint64_t build) const {
  return dir_.empty() ? "" : dir_ + "/inc-" + hexKey(build);
}

bool StdObjectCache::compiled(uint64_t build, const std::string &path,
                              const std::string &headerName, uint64_t *objKey) {
  if (dir_.empty())
    return false;
  std::ifstream in(fastPath(dir_, build, path), std::ios::binary);
  std::string key;
  if (!in || !std::getline(in, key) || key.size() != 16)
    return false;
  uint64_t k = std::stoull(key, nullptr, 16);
  std::error_code ec;
  if (lookup(k).empty() || !fs::exists(includeDir(build) + "/" + headerName, ec))
    return false;
  if (objKey)
    *objKey = k;
  return true;
}

void StdObjectCache::remember(uint64_t build, const std::string &path, uint64_t objKey) {
  if (dir_.empty())
    return;
  std::string p = fastPath(dir_, build, path);
  std::string tmp = p + ".tmp." + std::to_string(getpid()) + "." + hexKey(std::random_device{}());
  {
    std::ofstream out(tmp, std::ios::binary);
    out << hexKey(objKey) << "\n";
    if (!out)
      return;
  }
  if (std::rename(tmp.c_str(), p.c_str()) != 0) {
    std::error_code ec;
    fs::remove(tmp, ec);
  }
}

void StdObjectCache::prune() {
  std::error_code ec;
  auto now = fs::file_time_type::clock::now();
  for (auto it = fs::directory_iterator(dir_, ec); !ec && it != fs::directory_iterator();
       it.increment(ec)) {
    std::error_code fileEc;
    auto mtime = it->last_write_time(fileEc);
    if (!fileEc && now - mtime > kUnusedFor)
      fs::remove_all(it->path(), fileEc);
  }
}

} // namespace gocxx::tools
