// What package runtime and runtime/debug (runtime/native/runtime, Go
// declarations with C++ bodies) get from the runtime library: the
// collector's controls and statistics, and call stacks. A program counter
// the call-stack functions hand out names one Go frame: the return address,
// with the frame's place in the chain inlined at that address (0 innermost)
// in the bits above 48, which addresses never use.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "gocxx/runtime/traceback.h"

namespace go::impl {

void gc_collect();
// debug.SetGCPercent: returns the previous setting.
int64_t gc_set_percent(int64_t percent);
void gc_free_os_memory();
// debug.SetMaxThreads (a limit below the running threads is fatal).
int64_t set_max_threads(int64_t threads);

struct gc_stats {
  uint64_t heap_alloc;  // bytes in use
  uint64_t heap_sys;    // the heap's size
  uint64_t total_alloc; // bytes allocated since the start
  uint64_t num_gc;      // collections
  uint64_t heap_free;   // free bytes of the heap
  uint64_t mallocs;     // objects allocated since the start
};
gc_stats read_gc_stats();

// The calling goroutine's Go frames, innermost first, from the Go code that
// called into package runtime.
std::vector<go_frame_at> caller_frames();
// A frame's program counter, and the frame a counter names.
uintptr_t frame_pc(const go_frame_at &f);
bool frame_of(uintptr_t pc, go_frame &out);
// runtime.Stack of the calling goroutine ("goroutine N [running]:\n...").
std::string current_stack();

// gc's runtime.fastrand64, which packages reach by //go:linkname (os,
// sync, net): a fast per-thread generator, not for cryptography.
uint64_t fastrand64();

} // namespace go::impl
