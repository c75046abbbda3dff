// Calls across C++ and Go, timed per call (bench/interop/run.sh):
//   bench cxx2go N    C++ calls the exported Go function Add N times
//   bench cxx2cxx N   C++ calls a C++ function N times (the yardstick)
//   bench go2cxx N    Go calls the C++ function host::inc N times
//   bench go2go N     Go calls a Go function N times (the yardstick)
#include "add_export.h"
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
namespace host {
[[gnu::noinline]] int64_t inc(int64_t x) { return x + 1; }
} // namespace host
[[gnu::noinline]] int64_t cxx_add(int64_t a, int64_t b) {
  asm volatile("");
  return a + b;
}
int main(int argc, char **argv) {
  const char *mode = argc > 1 ? argv[1] : "cxx2go";
  long n = argc > 2 ? atol(argv[2]) : 1000000;
  int64_t s = 0;
  auto t0 = std::chrono::steady_clock::now();
  if (!strcmp(mode, "cxx2go"))
    for (long i = 0; i < n; i++)
      s = Add(s, 1);
  else if (!strcmp(mode, "cxx2cxx"))
    for (long i = 0; i < n; i++)
      s = cxx_add(s, 1);
  else if (!strcmp(mode, "go2cxx"))
    s = GoCallsCxx(n);
  else if (!strcmp(mode, "go2go"))
    s = GoCallsGo(n);
  double ns =
      std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - t0).count() / n;
  printf("%s %ld calls: %.1f ns/call (s=%ld)\n", mode, n, ns, (long)s);
}
