// Native code of package os: what gc's runtime gives it.
#include <csignal>
#include <gocxx/runtime/runtime_api.h>

namespace gopkg::os {

go::slice<go::string> runtime_args() {
  int64_t n = go::argc();
  auto s = go::make_slice<go::string>(n);
  for (int64_t i = 0; i < n; ++i)
    s.p[i] = go::to_string(go::argv(i));
  return s;
}

void runtime_beforeExit() {}

// A write to a broken pipe on standard output or error ends the program
// with SIGPIPE, as Go's runtime does.
void sigpipe() {
  std::signal(SIGPIPE, SIG_DFL);
  std::raise(SIGPIPE);
}

uint32_t fastrand() { return uint32_t(go::impl::fastrand64()); }

} // namespace gopkg::os
