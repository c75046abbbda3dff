// Goroutine traces in Go's form. Generated code is compiled with line tables
// and #line directives naming the Go source, so a return address resolves
// (through the binary's DWARF) to a Go file and line, and each package
// registers a table of its functions by source range, so the line resolves
// to Go's name for the function ("main.(*T).M", "main.main.func1"). Frames
// outside Go source (the runtime, C++ glue) are left out, as Go leaves out
// its runtime's.
//
// Generated code, once per package source file:
//
//   const go::impl::func_info gocxx_funcs_[] = {
//       {"main.main", "/abs/main.go", 5, 12, false, false}, ...};
//   go::impl::func_table gocxx_func_table_{gocxx_funcs_, N};
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace go::impl {

// One Go function (or function literal) of generated code.
struct func_info {
  const char *name;   // Go's name in traces: "pkg/path.F", "main.T.M", "main.(*T).M"
  const char *file;   // absolute path, as in the #line directives
  int32_t first_line; // the body's "{"
  int32_t last_line;  // the body's "}"
  bool has_args;      // printed "F(...)", else "F()"
  bool closure;       // a function literal (a C++ lambda)
};

// Registers a package's functions at static initialisation.
struct func_table {
  func_table(const func_info *funcs, size_t count) noexcept;
  const func_info *funcs;
  size_t count;
  func_table *next;
};

// Return addresses of a stack, innermost first.
struct stack_trace {
  static constexpr int max_frames = 100; // Go prints 100, then "...additional frames elided..."
  uintptr_t pc[max_frames];
  int n = 0;
};

// Records the calling thread's stack, from the caller of capture_trace, by
// its frame pointers (fast: every panic records one).
void capture_trace(stack_trace &t);
// While a deferred call runs for a panic on this goroutine: that panic's
// trace, and in *record an address on the frame of the function running the
// deferred calls (frames above it are not the deferred call's). Else null.
const stack_trace *panic_in_deferred_call(const void **record);
// The same with the C++ unwinder: slower, but it walks from a signal
// handler through the interrupted frames.
void capture_trace_unwind(stack_trace &t);
// One Go frame at a return address.
struct go_frame {
  const func_info *fn;
  int line;
  uintptr_t entry; // the C++ function's entry for the frame not inlined, else 0
};
// The Go frames at return address pc, innermost first; at most max.
int go_frames_at(uintptr_t pc, go_frame *out, int max);

// A Go frame of a stack: the return address, the frame's place in the chain
// inlined there (0 innermost), and the offset of pc in the function not
// inlined (else 0).
struct go_frame_at {
  uintptr_t pc;
  int depth;
  go_frame f;
  uintptr_t offset;
};
// The Go frames of stack t, innermost first, without the closure of the go
// statement (at creator_pc, if not 0) that started the goroutine; *creator
// receives the go statement's frame (f.fn null if unknown).
std::vector<go_frame_at> goroutine_go_frames(const stack_trace &t, uintptr_t creator_pc,
                                             go_frame_at *creator);

// Appends the Go frames of t (if given; "F(...)\n\tfile:line +0xoff\n"
// each), then "created by F\n\tfile:line +0xoff\n" for the go statement at
// creator_pc (if not 0).
void append_goroutine_frames(std::string &out, const stack_trace *t, uintptr_t creator_pc);

} // namespace go::impl
