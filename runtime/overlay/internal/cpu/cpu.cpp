// Native code of package internal/cpu: the x86 instructions that Go's
// cpu_x86.s executes (CPUID, XGETBV), through Clang's builtins.
#include <cpuid.h>

namespace gopkg::internal::cpu {

std::tuple<uint32_t, uint32_t, uint32_t, uint32_t> cpuid(uint32_t eaxArg, uint32_t ecxArg) {
  unsigned a = 0, b = 0, c = 0, d = 0;
  __cpuid_count(eaxArg, ecxArg, a, b, c, d);
  return {a, b, c, d};
}

std::tuple<uint32_t, uint32_t> xgetbv() {
  uint32_t a, d;
  __asm__ volatile("xgetbv" : "=a"(a), "=d"(d) : "c"(0));
  return {a, d};
}

// The GOAMD64 level the code was built for: gocxx builds for the baseline.
int32_t getGOAMD64level() { return 1; }

} // namespace gopkg::internal::cpu
