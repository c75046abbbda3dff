// Native package runtime/debug (declarations in runtime/native/runtime/debug):
// the collector's target, stack traces and the thread limit.
#pragma once
#include "gocxx/runtime.h"

namespace gopkg::runtime::debug {
int64_t SetGCPercent(int64_t percent);
void FreeOSMemory();
go::slice<uint8_t> Stack();
void PrintStack();
int64_t SetMaxThreads(int64_t threads);
} // namespace gopkg::runtime::debug
