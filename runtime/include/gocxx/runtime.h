// gocxx runtime: the one header generated code includes.
//
// Values (namespace go; Go int -> int64_t, uint -> uint64_t, float64 ->
// double, rune -> int32_t, byte -> uint8_t; code is built with -fwrapv):
//   string            {const uint8_t* p; int64_t n}; "text"_gs (using namespace
//                     go::literals); + += == != < <= > >=; len(s); index(s, i);
//                     slice_string(s, lo[, hi]); string_from_bytes/bytes_from_string,
//                     string_from_rune, string_from_runes/runes_from_string,
//                     decode_rune (for range), to_string(std::string_view)
//   slice<T>          {T* p; int64_t len, cap}; make_slice<T>(len[, cap]);
//                     slice_of<T>({...}); index(s, i) -> T&; slice_slice(s, lo[, hi]);
//                     slice_slice3(s, lo, hi, max); append(s, v...); append_slice(s, t);
//                     append_string(b, str); copy(dst, src); len; cap
//   array<T, N>       value type; a[i] bounds-checked; == if T has ==;
//                     slice_array(&a, lo[, hi]); len; cap
//   arithmetic        div(a, b), mod(a, b), shl(x, s), shr(x, s) with Go's rules
//   memory            new_object<T>(args...) (atomic heap when T is arithmetic),
//                     new_object_flagged<T>(has_pointers, args...),
//                     gc_alloc(size, has_pointers); impl::nil_check(p)
//
// Types and interfaces:
//   type_desc         {kind, pointer_free, named, size, align, name, equal, hash,
//                     elem, key, len, fields, nfields, methods, nmethods}; an
//                     aggregate, statically initialised by generated code. Basic
//                     descriptors: impl::type_int, type_int64, type_uint8 ...
//                     type_of<T>() (ADL hook: go_type_desc(T*) in T's namespace)
//   any               {const type_desc* type; void* data}; data points at a heap
//                     copy of the value (for every kind). box(v), make_any(v[, desc]),
//                     assert_type<T>(a), assert_type2<T>(a) -> pair<T, bool>,
//                     assert_iface(a, idesc), assert_iface2; == compares values
//   iface             {const itab* tab; void* data}; itab {type, iface, fns};
//                     method k of x: impl::iface_fn<R, Args...>(x, k)(x.data, args...);
//                     method thunks take the data word first. to_any(x); find_itab.
//   error             = iface; errors_new(msg); error_message(err)
//
// Panics:  panic(v) throws impl::panic_exception; recover(); impl::defer_frame
//          (push / run / unwind; the calling shape is in runtime/panic.h);
//          impl::panic_index, panic_slice_*, panic_divide, panic_nil_deref,
//          panic_shift. Unrecovered: Go's report on stderr, exit status 2,
//          with a goroutine trace of Go frames: each package registers its
//          functions' names and source ranges in an impl::func_table
//          (runtime/traceback.h).
//
// Conversions: make_any(v, desc), make_iface(v, itab), iface_to_iface(x, desc),
//          call_iface<R, A...>(x, k, args...), dynamic_type(x).
//
// Maps:   map<K, V>* (nullptr is nil); make_map<K, V>(), map_of<K, V>({{k, v}...}),
//          map_get(m, k), map_get2(m, k) -> pair<V, bool>, map_ref(m, k) (assignment
//          target; panics on nil), map_delete(m, k), len(m), map_iter(m).next().
//
// Functions: func<R(Args...)> is a Go func value (code pointer + context),
//          made from a function pointer or a closure; calling nil panics.
//
// Goroutines and channels:
//   spawn(f)          go statement; f holds evaluated arguments by value
//   gosched(), num_goroutine(), num_cpu(), gomaxprocs(n), sleep(ns), nanotime()
//   chan<T>*          make_chan<T>(cap), send(c, v), recv(c), recv2(c) -> pair<T, bool>,
//                     close(c), len(c), cap(c); nullptr is the nil channel
//   select            select_case cases[] = {send_case(c, &v), recv_case(c, &x, &ok)};
//                     int64_t i = select(cases, n, has_default); -1 means default
//   impl::preempt_check()  on loop back-edges and function entries
//
// Program:  int main(int argc, char** argv) { return go::run_main(argc, argv, &main_main); }
//           go::exit(code) is os.Exit. go::impl::run_in_scheduler(workers, fn) runs a
//           scheduler inside a test process.
//
// Printing: impl::builtin_print / builtin_println (the print/println builtins);
//           gopkg::fmt::Print, Println, Printf, Sprint, Sprintln, Sprintf, Errorf
//           taking go::slice<go::any> (go::args(a, b, ...) builds one).
// Sync:     gopkg::sync::Mutex, RWMutex, WaitGroup, Once, Cond (runtime/sync.h).
#pragma once

#include "gocxx/runtime/arith.h"
#include "gocxx/runtime/array.h"
#include "gocxx/runtime/chan.h"
#include "gocxx/runtime/convert.h"
#include "gocxx/runtime/core.h"
#include "gocxx/runtime/export.h"
#include "gocxx/runtime/func.h"
#include "gocxx/runtime/intrinsics.h"
#include "gocxx/runtime/map.h"
#include "gocxx/runtime/panic.h"
#include "gocxx/runtime/print.h"
#include "gocxx/runtime/reflect_call.h"
#include "gocxx/runtime/sched.h"
#include "gocxx/runtime/slice.h"
#include "gocxx/runtime/string.h"
#include "gocxx/runtime/traceback.h"
#include "gocxx/runtime/types.h"
