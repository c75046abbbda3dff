// Calls Go's package lib (Inputs/archive/lib.go) from C++.
#include "host.h"
#include "lib_export.h"

#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

namespace host {
// Go calls this, and it calls Go.
int64_t twice(int64_t n) { return 2 * Half(n * 2); }
} // namespace host

int main() {
  std::printf("pipeline %ld\n", long(Pipeline(100)));
  std::printf("sleepy %ld\n", long(Sleepy(20)));
  std::printf("nested %ld\n", long(Nested(21)));
  go::slice<go::string> kept = Garbage(5000);
  std::printf("garbage %ld:", long(kept.len));
  for (go::string s : kept)
    std::printf(" %.*s", int(s.n), reinterpret_cast<const char *>(s.p));
  std::printf("\n");
  std::vector<int64_t> v = {1, 2, 3};
  try {
    Fail(go::slice_from(std::span<const int64_t>(v)), 7);
  } catch (const go::panic_error &e) {
    std::printf("panic_error: %s (deferred %ld)\n", e.what(), long(Deferred()));
  }
  std::printf("%.*s\n", int(Recovered().n), reinterpret_cast<const char *>(Recovered().p));
  // Eight threads at once, each call parking on channels and timers while
  // others collect.
  std::atomic<long> sum{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; t++)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; i++) {
        sum += Pipeline(10);
        if (i % 10 == 0)
          sum += Sleepy(1) + Garbage(1001).len;
        sum += Nested(t);
      }
    });
  for (auto &t : threads)
    t.join();
  std::printf("threads %ld\n", sum.load());
}
