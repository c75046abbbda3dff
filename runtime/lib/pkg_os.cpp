// Native package os: Args, read once from /proc/self/cmdline at start-up
// (before main, so no goroutine sees it unset), Getenv.
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>

#include "gocxx/pkg/os.h"

namespace gopkg::os {

namespace {
// The arguments live outside the collected heap for the program's lifetime.
go::slice<go::string> readArgs() {
  std::ifstream in("/proc/self/cmdline", std::ios::binary);
  static std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  static std::vector<go::string> args;
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\0')
      continue;
    args.push_back(
        go::string{reinterpret_cast<const uint8_t *>(text.data() + start), int64_t(i - start)});
    start = i + 1;
  }
  return go::slice<go::string>{args.data(), int64_t(args.size()), int64_t(args.size())};
}
} // namespace

go::slice<go::string> Args = readArgs();

go::string Getenv(go::string key) {
  std::string k(key.view());
  const char *v = std::getenv(k.c_str());
  return v ? go::to_string(v) : go::string{};
}

} // namespace gopkg::os
