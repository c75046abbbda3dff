// Compiled standard-library packages. A standard package is translated on
// every build (translation is cheap), but its C++ is compiled once: the
// object is kept in the cache directory under a hash of everything it is
// made of (objectKey), so any gocxx process of the user with the same
// translation, flags and runtime headers reuses it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace gocxx::tools {

class StdObjectCache {
public:
  // Objects live in <cacheDir>/std; with no usable cache directory every
  // lookup misses and nothing is stored (`why` then says why).
  StdObjectCache();

  bool usable() const { return !dir_.empty(); }
  // Where the objects are (every cached object's path starts with it).
  const std::string &dir() const { return dir_; }
  const std::string &why() const { return why_; }

  // The key of a package's object: the runtime key (Clang, flags, runtime
  // headers), the package's emitted header and source, its native C++
  // files' contents and its imports' keys.
  static uint64_t objectKey(uint64_t runtimeKey, const std::string &path, const std::string &header,
                            const std::string &source, const std::vector<std::string> &nativeFiles,
                            const std::vector<uint64_t> &importKeys);

  // The cached object for key, or "" if there is none yet.
  std::string lookup(uint64_t key);

  // Holds the key's lock: processes building the same package wait for the
  // first instead of compiling it again. Released by unlock or on exit.
  int lock(uint64_t key);
  void unlock(int fd);

  // Copies the object `built` into the cache under key; returns the cached
  // path, or `built` itself if it could not be stored.
  std::string store(uint64_t key, const std::string &built);

  // The fast path: a package compiled by this very gocxx with the same
  // flags, runtime headers and overlays (`build` hashes them) is not even
  // translated again: its header and object key are kept under (build,
  // path), and only its declarations are checked.
  static uint64_t buildKey(uint64_t runtimeKey, const std::string &flags,
                           const std::vector<std::string> &sourceDirs);
  // Where the headers of the build's std packages are ("gopkg/..."): a
  // directory that never changes once written, so that a precompiled
  // header may include them.
  std::string includeDir(uint64_t build) const;
  // Whether path was compiled in this build (its header in includeDir and
  // its object in the cache); *objKey receives the object's key.
  bool compiled(uint64_t build, const std::string &path, const std::string &headerName,
                uint64_t *objKey = nullptr);
  void remember(uint64_t build, const std::string &path, uint64_t objKey);

private:
  std::string path(uint64_t key) const;
  void prune();

  std::string dir_;
  std::string why_;
};

} // namespace gocxx::tools
