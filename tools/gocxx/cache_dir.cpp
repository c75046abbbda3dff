// The cache directory (see cache_dir.h).
#include "cache_dir.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace gocxx::tools {
namespace {

bool usableDir(const fs::path &dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  return !ec && fs::is_directory(dir, ec) && access(dir.c_str(), W_OK) == 0;
}

} // namespace

std::string cacheDir(std::string &why) {
  const char *xdg = std::getenv("XDG_CACHE_HOME");
  // The XDG spec says a relative XDG_CACHE_HOME is to be ignored.
  if (xdg && xdg[0] == '/' && usableDir(fs::path(xdg) / "gocxx"))
    return (fs::path(xdg) / "gocxx").string();
  const char *home = std::getenv("HOME");
  if (home && home[0] == '/' && usableDir(fs::path(home) / ".cache" / "gocxx"))
    return (fs::path(home) / ".cache" / "gocxx").string();
  // /tmp is shared: another user could have made the directory first and
  // planted files there, so it must be ours and private.
  std::string tmp = "/tmp/gocxx-cache-" + std::to_string(getuid());
  if (mkdir(tmp.c_str(), 0700) != 0 && errno != EEXIST) {
    why = "cannot create " + tmp + ": " + std::strerror(errno);
    return "";
  }
  struct stat st;
  if (lstat(tmp.c_str(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != getuid() ||
      (st.st_mode & 077) != 0) {
    why = tmp + " is not a private directory of this user";
    return "";
  }
  return tmp;
}

std::string hexKey(uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

} // namespace gocxx::tools
