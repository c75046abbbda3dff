// Native package runtime (declarations in runtime/native/runtime): the
// scheduler's and collector's controls as Go's runtime package names them.
#pragma once
#include "gocxx/runtime.h"

namespace gopkg::runtime {
void GC();
inline void Gosched() { go::gosched(); }
inline int64_t NumGoroutine() { return go::num_goroutine(); }
inline int64_t NumCPU() { return go::num_cpu(); }
inline int64_t GOMAXPROCS(int64_t n) { return go::gomaxprocs(n); }
} // namespace gopkg::runtime
